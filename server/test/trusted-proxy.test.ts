// Behind a load balancer every request comes from the balancer's address, so
// per-address limits (login) would count all operators as one. The hub
// believes X-Forwarded-For only from the proxies HUB_TRUST_PROXY names; from
// anyone else the header is ignored, or a password guesser could name a new
// address for each guess.
import { afterAll, describe, expect, it } from 'vitest';
import { TestHub } from './support/test-hub.js';

const hubs: TestHub[] = [];
afterAll(async () => {
  for (const hub of hubs) await hub.stop();
});

async function guess(hub: TestHub, forwardedFor: string, email: string): Promise<number> {
  const response = await fetch(`${hub.hub.httpUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ email, password: 'a guess' }),
  });
  return response.status;
}

describe('X-Forwarded-For', () => {
  it('from a trusted proxy: the login limit counts each client address on its own', async () => {
    const hub = await TestHub.start({ HUB_TRUST_PROXY: '127.0.0.0/8' });
    hubs.push(hub);
    const email = 'behind-proxy@screenhub.test';
    for (let i = 0; i < 10; i++) expect(await guess(hub, '203.0.113.7', email)).toBe(401);
    expect(await guess(hub, '203.0.113.7', email)).toBe(429);
    expect(await guess(hub, '203.0.113.8', email)).toBe(401);
  });

  it('from anyone else: ignored, a new address per guess buys nothing', async () => {
    const hub = await TestHub.start();
    hubs.push(hub);
    const email = 'no-proxy@screenhub.test';
    for (let i = 0; i < 10; i++) expect(await guess(hub, `203.0.113.${i + 1}`, email)).toBe(401);
    expect(await guess(hub, '198.51.100.1', email)).toBe(429);
  });
});
