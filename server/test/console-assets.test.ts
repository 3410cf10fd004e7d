// The console-assets plugin on its own: index.html for client routes (never
// cached), hashed assets cached for a year, and a plain 503 page while the
// console has not been built.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import consoleAssets from '../src/console-assets/index.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'screenhub-console-dist-'));
});
afterAll(async () => rm(root, { recursive: true, force: true }));

async function appOn(dir: string) {
  const app = fastify();
  await app.register(consoleAssets, { root: dir });
  await app.ready();
  return app;
}

describe('console assets', () => {
  it('answers 503 with a page saying how to build while console/dist is missing', async () => {
    const app = await appOn(join(root, 'not-built'));
    const response = await app.inject('/console/devices');
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('npm run build');
    await app.close();
  });

  it('serves index.html for /console and client routes, uncached, and assets as immutable', async () => {
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
    await writeFile(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
    const app = await appOn(root);
    for (const url of ['/console', '/console/', '/console/devices/d1/show']) {
      const page = await app.inject(url);
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.body).toContain('id="root"');
    }
    const asset = await app.inject('/console/assets/index-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await app.inject('/console/assets/index-missing.js')).statusCode).toBe(404);
    expect((await app.inject('/console/assets/../index.html')).statusCode).not.toBe(500);
    await app.close();
  });
});
