// What an advertiser sells, and what a merchant blocks at its counter. One
// spelling (lower-case slugs) so a block matches a creative's category exactly.
import { Type } from '@sinclair/typebox';

export const AdCategory = Type.String({ pattern: '^[a-z0-9][a-z0-9_-]{0,63}$', description: 'a lower-case slug, e.g. "beverage", "telecom"' });
