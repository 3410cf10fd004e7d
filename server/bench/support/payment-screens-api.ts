// The payments benchmark's screens registered through the hub's API, one POST
// and one PUT each: the way when no PostgreSQL server can be reached beside
// the hub (HUB_EMBEDDED_DATABASE=pglite keeps the database inside it). Slow for
// thousands of screens; payment-screens-seed.ts is the fast way.
import { BENCH_ADMIN } from '@screenhub/simulator';
import { inBatches } from '@screenhub/simulator/bench';
import type { ScreenCredentials } from './payment-screens-seed.js';

/** Requests in flight at once: enough to keep the hub busy, few enough not to queue behind each other. */
const CONCURRENCY = 8;
/** A hub shedding load (503, during a reconnect storm) is asked again after its Retry-After, this many times. */
const RETRIES_WHEN_BUSY = 10;

export type HubApi = (method: string, path: string, body: unknown) => Promise<Record<string, string>>;

/** The hub's API as the bench administrator (BENCH_ADMIN, whom a benchmark's hub creates at its first start). */
export async function hubApi(hub: { httpUrl: string }): Promise<HubApi> {
  const json = { 'content-type': 'application/json' };
  // Logging in is a request like the others: a hub in a reconnect storm may shed it too.
  const { token } = await askUntilTaken(() => fetch(`${hub.httpUrl}/api/auth/login`, { method: 'POST', headers: json, body: JSON.stringify(BENCH_ADMIN) }), 'login');
  return (method, path, body) =>
    askUntilTaken(() => fetch(`${hub.httpUrl}${path}`, { method, headers: { ...json, authorization: `Bearer ${token}` }, body: JSON.stringify(body) }), `${method} ${path}`);
}

/** Sends again after the hub's Retry-After while it answers 503 (load shed), up to RETRIES_WHEN_BUSY times. */
async function askUntilTaken(send: () => Promise<Response>, what: string): Promise<Record<string, string>> {
  for (let attempt = 0; ; attempt++) {
    const response = await send();
    if (response.status === 503 && attempt < RETRIES_WHEN_BUSY) {
      await response.arrayBuffer();
      await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get('retry-after') ?? 1) * 1000));
      continue;
    }
    if (response.status >= 300) throw new Error(`${what}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<Record<string, string>>;
  }
}

export async function registerPaymentScreens(api: HubApi, merchantId: string, count: number): Promise<ScreenCredentials[]> {
  return inBatches(count, CONCURRENCY, async () => {
    const device = await api('POST', '/api/devices', {});
    await api('PUT', `/api/devices/${device.id}`, { merchantId });
    return { id: device.id!, secret: device.secret!, paymentKey: device.paymentKey! };
  });
}
