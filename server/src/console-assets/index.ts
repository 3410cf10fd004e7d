// Serves the operators' console (the `console/` workspace, built by Vite) at
// /console. Hashed assets are cached for a year; index.html is never cached, so
// a new build reaches browsers at their next load. Client routes (/console/devices/…)
// get index.html: the app's router takes it from there.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';

/** console/dist beside the server workspace (the repository layout `npm run build` writes to). */
export const defaultConsoleRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../console/dist');

export default async function consoleAssets(app: FastifyInstance, options: { root?: string } = {}) {
  const root = options.root ?? defaultConsoleRoot;
  // preCompressed: the build writes .br and .gz beside each asset (vite-plugin-compression2); a browser
  // that accepts them gets the small file, with Vary: Accept-Encoding for caches.
  await app.register(fastifyStatic, { root, serve: false, decorateReply: true, preCompressed: true });

  // Checked per request (a stat), so a console built while the hub runs is served without a restart.
  // A plain page rather than a problem: a person opens this in a browser, and the
  // problem handler hides the detail of every 5xx.
  const built = () => existsSync(join(root, 'index.html'));
  const notBuilt = (reply: FastifyReply) =>
    reply
      .code(503)
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(`<!doctype html><title>Console not built</title><h1>The operators' console has not been built</h1><p>Run <code>npm run build</code> (it writes <code>${root}</code>), then reload this page.</p>`);
  const sendIndex = (reply: FastifyReply) => {
    if (!built()) return notBuilt(reply);
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html', root, { cacheControl: false });
  };

  const hide = { schema: { hide: true } };
  app.get('/console', hide, async (_request, reply) => sendIndex(reply));
  app.get('/console/', hide, async (_request, reply) => sendIndex(reply));
  // Vite names every asset by its content hash: a changed file is a new URL, so the old one can be kept forever.
  app.get<{ Params: { '*': string } }>('/console/assets/*', hide, async (request, reply) => {
    if (!built()) return notBuilt(reply);
    return reply.sendFile(join('assets', request.params['*']), root, { maxAge: '365d', immutable: true });
  });
  app.get('/console/favicon.svg', hide, async (_request, reply) => (built() ? reply.sendFile('favicon.svg', root, { maxAge: '1d' }) : notBuilt(reply)));
  // Browsers ask for /favicon.ico whatever the page says: send them to the console's icon.
  app.get('/favicon.ico', hide, async (_request, reply) => reply.redirect('/console/favicon.svg', 301));
  app.get('/console/*', hide, async (_request, reply) => sendIndex(reply));
}
