// Outbound calls the hub makes for tenants (merchant and alert webhooks): a URL
// that names an internal target is refused when it is set, a host name is
// checked on the address it resolves to when the delivery connects, redirects
// are never followed, and only the operator's settings open plain http or a
// private target.
import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScreenClient } from '@screenhub/simulator';
import { ConfigError, loadConfig } from '../src/config.js';
import { OutboundAddressPolicy } from '../src/platform/outbound-address-policy.js';
import { parseAllowList } from '../src/platform/outbound-allow-list.js';
import type { ApiClient } from './support/api-client.js';
import { alipayScene } from './support/payment-scene.js';
import { eventually, TestHub } from './support/test-hub.js';

/** URLs whose refusal needs no DNS: the scheme, credentials, or a literal internal address in any notation. */
const internalForms = [
  ['http://hooks.example.com/screenhub', /https/],
  ['ftp://hooks.example.com/screenhub', /https/],
  ['https://user:pass@hooks.example.com/screenhub', /user name or password/],
  ['https://127.0.0.1/hook', /loopback/],
  ['https://2130706433/hook', /loopback/],
  ['https://0x7f000001/hook', /loopback/],
  ['https://0177.0.0.1/hook', /loopback/],
  ['https://127.1/hook', /loopback/],
  ['https://[::1]/hook', /loopback/],
  ['https://[::ffff:127.0.0.1]/hook', /loopback/],
  ['https://169.254.169.254/latest/meta-data/', /link-local/],
  ['https://10.1.2.3/hook', /private/],
  ['https://172.16.0.1/hook', /private/],
  ['https://192.168.1.1/hook', /private/],
  ['https://100.64.0.1/hook', /not public/],
  ['https://0.0.0.0/hook', /unspecified/],
  ['https://[::]/hook', /unspecified/],
  ['https://[fe80::1]/hook', /link-local/],
  ['https://[fd00::1]/hook', /private/],
  ['https://224.0.0.1/hook', /multicast/],
  ['https://[ff02::1]/hook', /multicast/],
  ['https://localhost/hook', /loopback/],
  ['https://api.localhost./hook', /loopback/],
] as const;

describe('webhook URLs, decided when they are set', () => {
  let t: TestHub;
  let admin: ApiClient;
  let merchantId: string;

  beforeAll(async () => {
    t = await TestHub.start();
    admin = (await (await t.api.loginRoot()).createTenant('Outbound Strict')).admin;
    merchantId = (await admin.createMerchant()).id;
  });
  afterAll(async () => t?.stop());

  const routes = [
    ['merchant webhook', () => `/api/merchants/${merchantId}/webhook`],
    ['alert webhook', () => '/api/alert-webhook'],
  ] as const;

  describe.each(routes)('%s', (_name, path) => {
    it.each(internalForms)('refuses %s with a problem naming url', async (url, reason) => {
      const response = await admin.put(path(), { url });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.detail).toMatch(/^url: /);
      expect(response.body.detail).toMatch(reason);
      expect(response.body.errors).toEqual([{ path: '/url', message: expect.any(String) }]);
    });

    it('refuses the hub\'s own API, whichever way it is written', async () => {
      const own = new URL(t.hub.httpUrl);
      for (const url of [`https://127.0.0.1:${own.port}/api/tenants`, `https://[::ffff:7f00:1]:${own.port}/api`]) {
        expect((await admin.put(path(), { url })).status).toBe(400);
      }
    });

    it('accepts a public https URL, written as the hub will call it', async () => {
      const named = await admin.put(path(), { url: 'https://Hooks.Example.com/screenhub?x=1' });
      expect(named.status).toBe(200);
      expect(named.body.url).toBe('https://hooks.example.com/screenhub?x=1');
      expect((await admin.put(path(), { url: 'https://93.184.216.34:8443/hook' })).status).toBe(200);
    });
  });
});

/** A local receiver on one loopback address that counts what reaches it. */
async function receiver(address: string, answer: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
  const requests: Array<{ path: string; body: string }> = [];
  const server = http.createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    requests.push({ path: req.url ?? '', body });
    answer(req, res);
  });
  server.listen(0, address);
  await once(server, 'listening');
  return { requests, server, origin: `http://${address}:${(server.address() as AddressInfo).port}` };
}

describe('deliveries, checked where they connect', () => {
  let scene: Awaited<ReturnType<typeof alipayScene>>;
  let admin: ApiClient;
  let screen: ScreenClient;
  let merchantId: string;
  let allowed: Awaited<ReturnType<typeof receiver>>;
  let internal: Awaited<ReturnType<typeof receiver>>;
  let redirector: Awaited<ReturnType<typeof receiver>>;
  const resolved: string[] = [];
  /** The names this test's resolver knows; every address is on this machine. */
  const names: Record<string, string[]> = {
    'allowed.hooks.test': ['127.0.0.5'],
    'internal.hooks.test': ['127.0.0.6'],
    // A public address first, an internal one second: every address counts.
    'mixed.hooks.test': ['93.184.216.34', '127.0.0.6'],
  };
  let order = 0;

  beforeAll(async () => {
    allowed = await receiver('127.0.0.5', (_req, res) => res.writeHead(204).end());
    internal = await receiver('127.0.0.6', (_req, res) => res.writeHead(204).end());
    redirector = await receiver('127.0.0.5', (_req, res) => res.writeHead(302, { location: `${allowed.origin}/after-redirect` }).end());
    scene = await alipayScene({
      tenant: 'Outbound Dev',
      hubEnv: {
        // Development settings, explicitly: plain http, and the loopback addresses the receivers use.
        HUB_WEBHOOK_ALLOW_HTTP: 'true',
        HUB_OUTBOUND_ALLOW_PRIVATE: '127.0.0.1,127.0.0.5',
        HUB_WEBHOOK_INTERVAL_MS: '50',
        HUB_WEBHOOK_BACKOFF_BASE_MS: '50',
        HUB_WEBHOOK_MAX_ATTEMPTS: '3',
      },
      hubOptions: {
        resolveOutboundHost: async (hostname) => {
          resolved.push(hostname);
          const addresses = names[hostname];
          if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
          return addresses;
        },
      },
    });
    ({ admin, screen } = scene);
    merchantId = scene.merchant.id;
  });
  afterAll(async () => {
    await scene?.stop();
    for (const r of [allowed, internal, redirector]) r?.server.close();
  });

  /** Points the merchant's webhook at `url`, pays once, and waits for that payment's delivery to be delivered or failed. */
  async function deliverTo(url: string) {
    expect((await admin.put(`/api/merchants/${merchantId}/webhook`, { url })).status).toBe(200);
    const orderNo = `OUT${++order}`;
    await screen.pay({ orderNo, amountFen: 100, authCode: '280000000000000110' });
    const transactionId = (await admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify({ orderNo }))}`)).body[0].id;
    return eventually(async () => {
      const list = (await admin.get(`/api/merchants/${merchantId}/webhook-deliveries?range=[0,99]`)).body as Array<{ transactionId: string; state: string; attempts: number; lastStatus: number | null; lastError: string | null }>;
      const delivery = list.find((d) => d.transactionId === transactionId);
      return delivery && delivery.state !== 'pending' ? delivery : undefined;
    }, 10_000);
  }

  it('delivers over http to an allow-listed private address, by name or by address', async () => {
    expect(await deliverTo(`${allowed.origin}/by-address`)).toMatchObject({ state: 'delivered', attempts: 1, lastStatus: 204 });
    expect(await deliverTo(`http://allowed.hooks.test:${new URL(allowed.origin).port}/by-name`)).toMatchObject({ state: 'delivered', attempts: 1, lastStatus: 204 });
    expect(allowed.requests.map((r) => r.path)).toEqual(['/by-address', '/by-name']);
    expect(resolved).toContain('allowed.hooks.test');
  });

  it('refuses, when it is set, a private address the allow-list does not name, and the hub itself even when it does', async () => {
    const hook = `/api/merchants/${merchantId}/webhook`;
    expect((await admin.put(hook, { url: `${internal.origin}/hook` })).body.detail).toMatch(/^url: .*loopback/);
    const httpPort = new URL(scene.t.hub.httpUrl).port;
    const mqttPort = new URL(scene.t.hub.mqttUrl).port;
    for (const url of [`http://127.0.0.1:${httpPort}/api/tenants`, `http://2130706433:${mqttPort}/`]) {
      const refused = await admin.put(hook, { url });
      expect(refused.status).toBe(400);
      expect(refused.body.detail).toMatch(/^url: .*the hub's own/);
    }
  });

  it('refuses at connection time a name that resolves to an internal address, and records why', async () => {
    const port = new URL(internal.origin).port;
    const delivery = await deliverTo(`http://internal.hooks.test:${port}/hook`);
    expect(delivery).toMatchObject({ state: 'failed', attempts: 1, lastStatus: null });
    expect(delivery.lastError).toMatch(/^refused: internal\.hooks\.test resolves to a loopback address/);
    expect(delivery.lastError).not.toContain('127.0.0.6');
    expect((await deliverTo(`http://mixed.hooks.test:${port}/hook`)).lastError).toMatch(/^refused: mixed\.hooks\.test resolves to a loopback address/);
    expect(internal.requests).toEqual([]);
  });

  it('does not follow a redirect, even to an address it may call', async () => {
    const delivery = await deliverTo(`${redirector.origin}/hook`);
    expect(delivery).toMatchObject({ state: 'failed', attempts: 3, lastStatus: 302 });
    expect(delivery.lastError).toMatch(/redirect/);
    expect(redirector.requests).toHaveLength(3);
    expect(allowed.requests.filter((r) => r.path === '/after-redirect')).toEqual([]);
  });

  it('checks a stored URL again before each delivery (rows written before these rules)', async () => {
    expect((await admin.put(`/api/merchants/${merchantId}/webhook`, { url: `${allowed.origin}/legacy` })).status).toBe(200);
    await scene.t.hub.db.query('update merchants set webhook_url = $2 where id = $1', [merchantId, `http://user:pass@127.0.0.5:${new URL(allowed.origin).port}/legacy`]);
    const orderNo = `OUT${++order}`;
    await screen.pay({ orderNo, amountFen: 100, authCode: '280000000000000110' });
    const delivery = await eventually(async () => {
      const list = (await admin.get(`/api/merchants/${merchantId}/webhook-deliveries?range=[0,0]`)).body as Array<{ state: string; attempts: number; lastError: string }>;
      return list[0]?.state === 'failed' ? list[0] : undefined;
    }, 10_000);
    expect(delivery).toMatchObject({ attempts: 1, lastError: expect.stringMatching(/^refused: .*user name or password/) });
    expect(allowed.requests.filter((r) => r.path === '/legacy')).toEqual([]);
  });
});

describe('the operator settings', () => {
  it('are validated at start, naming the variable', () => {
    for (const [name, value] of [
      ['HUB_OUTBOUND_ALLOW_PRIVATE', 'intranet'],
      ['HUB_OUTBOUND_ALLOW_PRIVATE', '10.0.0.0/33'],
      ['HUB_OUTBOUND_ALLOW_PRIVATE', '10.0.0.1:99999'],
      ['HUB_WEBHOOK_ALLOW_HTTP', 'yes please'],
    ] as const) {
      expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
      expect(() => loadConfig({ [name]: value })).toThrow(name);
    }
    expect(loadConfig({}).webhookAllowHttp).toBe(false);
    expect(loadConfig({ HUB_OUTBOUND_ALLOW_PRIVATE: '10.0.0.0/8, 127.0.0.1:8443, [::1]:9000, fd00::/8' }).outboundAllowPrivate).toHaveLength(4);
  });

  it('allow a private target by range, or by address and port', () => {
    const policy = new OutboundAddressPolicy({ allowPrivate: parseAllowList('10.0.0.0/8, 127.0.0.1:8443, [::1]:9000'), ownEndpoints: () => [] });
    expect(policy.refusal('10.20.30.40', 443)).toBeUndefined();
    expect(policy.refusal('127.0.0.1', 8443)).toBeUndefined();
    expect(policy.refusal('::ffff:127.0.0.1', 8443)).toBeUndefined();
    expect(policy.refusal('127.0.0.1', 8444)).toMatch(/loopback/);
    expect(policy.refusal('::1', 9000)).toBeUndefined();
    expect(policy.refusal('::1', 443)).toMatch(/loopback/);
    expect(policy.refusal('192.168.0.1', 443)).toMatch(/private/);
    expect(policy.refusal('93.184.216.34', 443)).toBeUndefined();
  });

  it('never allow the hub\'s own listeners', () => {
    const policy = new OutboundAddressPolicy({ allowPrivate: parseAllowList('127.0.0.0/8'), ownEndpoints: () => [{ host: '0.0.0.0', port: 8080 }] });
    expect(policy.refusal('127.0.0.1', 8080)).toMatch(/the hub's own/);
    expect(policy.refusal('127.0.0.1', 8081)).toBeUndefined();
  });
});
