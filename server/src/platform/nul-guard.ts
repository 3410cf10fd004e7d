// Refuses a NUL character anywhere in a request's path parameters, query
// string or parsed body, for every route at once (a new route cannot forget
// it): a 400 naming the parameter, before validation and before any SQL.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { invalidParameter } from './errors.js';
import { findNul } from './nul-characters.js';

export default fp(
  async function nulGuard(app: FastifyInstance) {
    app.addHook('preValidation', async (request) => {
      for (const [part, value] of [
        ['params', request.params],
        ['querystring', request.query],
        ['body', request.body],
      ] as const) {
        const path = findNul(value);
        if (path === undefined) continue;
        // Parameters are named as the schema errors name them: `name` or `tags/1`; a bare text body is `body`.
        throw invalidParameter(path === '' ? part : path.slice(1), 'must not contain NUL characters');
      }
    });
  },
  { name: 'nul-guard' },
);
