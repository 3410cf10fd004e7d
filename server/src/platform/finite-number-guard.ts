// Refuses a number that is not finite anywhere in a request's path
// parameters, query string or body, for every route at once: a 400 naming the
// parameter. Schema validation coerces text to numbers ("1e400", "-Infinity"
// become ±Infinity) and then checks no minimum or maximum on a number that is
// not finite, so without this a query like bucketSeconds=-Infinity passed
// validation and failed in SQL. Runs after validation, on what it produced.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { invalidParameter } from './errors.js';
import { isJsonContainer } from './json-container.js';

/** The path of the first number in `value` that is not finite ('' for `value` itself), or undefined. */
export function findNonFinite(value: unknown, path = ''): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (!isJsonContainer(value)) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const found = findNonFinite(inner, `${path}/${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

export default fp(
  async function finiteNumberGuard(app: FastifyInstance) {
    app.addHook('preHandler', async (request) => {
      for (const [part, value] of [
        ['params', request.params],
        ['querystring', request.query],
        ['body', request.body],
      ] as const) {
        const path = findNonFinite(value);
        if (path === undefined) continue;
        throw invalidParameter(path === '' ? part : path.slice(1), 'must be a finite number');
      }
    });
  },
  { name: 'finite-number-guard' },
);
