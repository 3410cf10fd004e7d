// A TypeBox schema that also allows null: how the API says "not known" (a
// column that is null), never a made-up zero or empty string.
import { Type, type TNull, type TSchema, type TUnion } from '@sinclair/typebox';

export const Nullable = <T extends TSchema>(schema: T): TUnion<[T, TNull]> => Type.Union([schema, Type.Null()]);
