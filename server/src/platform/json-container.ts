// What the request guards (nul-guard.ts, finite-number-guard.ts) look into: a
// parsed JSON body's objects and arrays, and the query string's object, which
// fastify's parser makes with a prototype of its own (one with no prototype,
// so no inherited keys). Not a stream, a buffer or anything else a route may
// receive.

export function isJsonContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null || Object.getPrototypeOf(prototype) === null;
}
