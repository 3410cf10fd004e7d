// Checks every field of an uplink's body against uplink-field-limits.ts before
// any domain sees it. A field out of range is dropped (set to null, so the
// domain can tell "not sent" from "zero") and counted by reason; an element of
// a repeated message with a bad field is dropped whole, so no half-checked row
// is ever written. A screen may be hostile or buggy: one absurd heartbeat must
// never reach a batched write that then fails for everyone.
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_TEXT, FIELD_LIMITS, type FieldLimit } from './uplink-field-limits.js';

export type DropReason = 'not_an_exact_integer' | 'out_of_range' | 'unknown_enum' | 'nul_character' | 'too_long' | 'too_many';

export interface DroppedField {
  field: string;
  reason: DropReason;
}

/** Checks `body` (the decoded body of kind `kind`) in place; returns what was dropped. */
export function checkUplinkFields(kind: string, body: Record<string, unknown>): DroppedField[] {
  const dropped: DroppedField[] = [];
  checkMessage(kind, body, dropped);
  return dropped;
}

function checkMessage(path: string, message: Record<string, unknown>, dropped: DroppedField[]): void {
  for (const key of Object.keys(message)) {
    const field = `${path}.${key}`;
    const value = message[key];
    if (value === null || value === undefined) continue;
    const reason = Array.isArray(value) ? checkRepeated(field, value, dropped) : checkValue(field, value, FIELD_LIMITS[field], dropped);
    if (reason) {
      message[key] = null;
      dropped.push({ field, reason });
    }
  }
}

function checkRepeated(field: string, items: unknown[], dropped: DroppedField[]): DropReason | undefined {
  if (items.length > (FIELD_LIMITS[field]?.maxLength ?? DEFAULT_MAX_TEXT)) return 'too_many';
  const elementPath = `${field}[]`;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    const before = dropped.length;
    const reason = checkValue(elementPath, item, FIELD_LIMITS[elementPath], dropped);
    if (reason) dropped.push({ field: elementPath, reason });
    // Any bad field inside an element (or the element itself) drops the element.
    if (dropped.length > before) items.splice(i, 1);
  }
  return undefined;
}

function checkValue(field: string, value: unknown, limit: FieldLimit | undefined, dropped: DroppedField[]): DropReason | undefined {
  switch (typeof value) {
    case 'number':
      return checkNumber(value, limit);
    case 'string':
      if (value.includes('\u0000')) return 'nul_character';
      return value.length > (limit?.maxLength ?? DEFAULT_MAX_TEXT) ? 'too_long' : undefined;
    case 'object':
      if (value instanceof Uint8Array) return value.length > (limit?.maxLength ?? DEFAULT_MAX_BYTES) ? 'too_long' : undefined;
      checkMessage(field, value as Record<string, unknown>, dropped);
      return undefined;
    default:
      return undefined;
  }
}

function checkNumber(value: number, limit: FieldLimit | undefined): DropReason | undefined {
  // 64-bit fields decode as doubles: past 2^53 they are no longer the number sent, and past 2^63 no bigint holds them.
  if (!Number.isSafeInteger(value)) return 'not_an_exact_integer';
  if (limit?.oneOf && !limit.oneOf.has(value)) return 'unknown_enum';
  if ((limit?.min !== undefined && value < limit.min) || (limit?.max !== undefined && value > limit.max)) return 'out_of_range';
  return undefined;
}
