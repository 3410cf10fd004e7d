// The path parameters of a route on one row the hub named itself (merchants,
// groups, bookings, transactions, ...): a UUID, checked before the handler runs
// so that a malformed id is a 400 naming `id`, not a database error.
import { Type } from '@sinclair/typebox';

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
