// NUL characters in client text. PostgreSQL cannot store U+0000 in text (the
// whole statement fails), so a NUL anywhere in a request is refused at the
// door, naming where it was, instead of failing deep inside as a 500.
import { isJsonContainer } from './json-container.js';

/** The JSON-pointer-like path of the first string holding a NUL in `value` ('' for `value` itself), or undefined. */
export function findNul(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  // Plain JSON only: a streamed body (an upload) or a buffer is not text to look into.
  if (!isJsonContainer(value)) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes('\u0000')) return `${path}/${key.replaceAll('\u0000', '\\u0000')}`;
    const found = findNul(inner, `${path}/${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}
