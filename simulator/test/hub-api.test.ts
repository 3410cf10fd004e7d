// The simulator's operator API client against a real HTTP server: a hub under
// pressure (503 with Retry-After) is asked again after the wait it named;
// any other refusal is the caller's to see at once.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HubApi } from '../src/hub-api.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server answering each request with the next of `answers` (the last one for ever after); the bodies it got. */
async function serve(answers: Array<{ status: number; headers?: Record<string, string>; body: string }>) {
  const bodies: string[] = [];
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      bodies.push(body);
      const answer = answers[Math.min(bodies.length - 1, answers.length - 1)]!;
      response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, bodies };
}

describe('HubApi', () => {
  it('sends a request refused under pressure again after Retry-After, body and all', async () => {
    const hub = await serve([
      { status: 503, headers: { 'retry-after': '1' }, body: '{"code":"FST_UNDER_PRESSURE"}' },
      { status: 201, body: '{"id":"r1"}' },
    ]);
    const started = Date.now();
    expect(await new HubApi(hub.url, 't').call('POST', '/api/releases', { version: '2.0.0' })).toEqual({ id: 'r1' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(hub.bodies).toEqual(['{"version":"2.0.0"}', '{"version":"2.0.0"}']);
  });

  it('throws at once on a refusal without Retry-After, and after a few waits on a hub that stays under pressure', async () => {
    const refused = await serve([{ status: 503, body: '{"code":"DOWN"}' }]);
    await expect(new HubApi(refused.url).call('GET', '/x')).rejects.toThrow(/GET \/x: 503/);
    expect(refused.bodies).toHaveLength(1);
    await new Promise<void>((resolve) => server!.close(() => resolve()));

    const busy = await serve([{ status: 503, headers: { 'retry-after': '0.01' }, body: '{}' }]);
    await expect(new HubApi(busy.url).putBytes('/p', Buffer.from('pkg'))).rejects.toThrow(/PUT \/p: 503/);
    expect(busy.bodies).toEqual(['pkg', 'pkg', 'pkg', 'pkg', 'pkg']);
  });
});
