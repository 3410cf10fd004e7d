// The payments benchmark's screens registered through the hub's API, one POST
// and one PUT each: the way when no PostgreSQL server can be reached beside
// the hub (HUB_EMBEDDED_DATABASE=pglite keeps the database inside it). Slow for
// thousands of screens; payment-screens-seed.ts is the fast way.
import { inBatches } from './in-batches.js';
import type { ScreenCredentials } from './payment-screens-seed.js';

/** Requests in flight at once: enough to keep the hub busy, few enough not to queue behind each other. */
const CONCURRENCY = 8;

export type HubApi = (method: string, path: string, body: unknown) => Promise<Record<string, string>>;

export async function registerPaymentScreens(api: HubApi, merchantId: string, count: number): Promise<ScreenCredentials[]> {
  return inBatches(count, CONCURRENCY, async () => {
    const device = await api('POST', '/api/devices', {});
    await api('PUT', `/api/devices/${device.id}`, { merchantId });
    return { id: device.id!, secret: device.secret!, paymentKey: device.paymentKey! };
  });
}
