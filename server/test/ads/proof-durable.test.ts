// Proof of play is durable before the screen is told so: the hub sends a
// PlayProofsAck for a batch only after its plays are committed. Killed with
// SIGKILL (no shutdown hooks, no last flush) right after acknowledging, a hub
// started again on the same data has every acknowledged play; what it had not
// acknowledged the screen sends again, and that counts once.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_ADMIN, ScreenClient, startHubProcess, type HubProcess } from '@screenhub/simulator';
import { playProof } from '../support/ad-rows.js';
import { ApiClient } from '../support/api-client.js';
import { createServerDatabase, eventually } from '../support/test-hub.js';

let hub: HubProcess;
let database: { url: string; drop(): Promise<void> } | undefined;
let screen: ScreenClient | undefined;

const env = () => ({
  HUB_AD_PROOF_FLUSH_MS: '300',
  HUB_JWT_SECRET: 'proof-durable-secret-proof-durable-0123',
  HUB_LOG_LEVEL: 'error',
  ...(database ? { DATABASE_URL: database.url } : {}),
});

beforeAll(async () => {
  if (process.env.TEST_DATABASE_URL) database = await createServerDatabase(process.env.TEST_DATABASE_URL);
  hub = await startHubProcess({ env: env() });
}, 120_000);

afterAll(async () => {
  screen?.kill();
  await hub?.stop();
  await database?.drop();
});

describe('proof of play acknowledged', () => {
  it('only once written: a hub killed after acknowledging loses none, and what was not acknowledged comes again once', async () => {
    const admin = await new ApiClient(hub.httpUrl).login(BENCH_ADMIN.email, BENCH_ADMIN.password);
    const device = await admin.createDevice({ id: 'pop-durable' });
    const acked = new Set<string>();
    const connect = async (mqttUrl: string) => {
      screen = new ScreenClient({ url: mqttUrl, deviceId: device.id, secret: device.secret, paymentKey: device.paymentKey, reconnect: false, heartbeat: false });
      screen.on('downlink', (message) => {
        for (const id of message.playProofsAck?.batchIds ?? []) acked.add(id);
      });
      await screen.connect();
      return screen;
    };
    const creative = randomUUID();
    const hourStart = Date.now() - 3_600_000;
    const batch = (i: number) => ({ batchId: `durable-${i}`, records: Array.from({ length: 5 }, (_, k) => playProof(creative, null, hourStart + i * 60_000 + k * 10_000)) });

    const first = await connect(hub.mqttUrl);
    for (let i = 0; i < 20; i++) await first.publish({ playProofs: batch(i) });
    // PUBACK came at once; the acknowledgement only after the flush's commit.
    await eventually(async () => acked.size === 20, 10_000, 20);
    // More batches, then the kill before their flush can have run.
    for (let i = 20; i < 40; i++) await first.publish({ playProofs: batch(i) });
    await hub.kill();
    first.kill();
    const ackedAtKill = new Set(acked);

    hub = await startHubProcess({ env: env(), dataDir: hub.dataDir });
    const api = await new ApiClient(hub.httpUrl).login(BENCH_ADMIN.email, BENCH_ADMIN.password);
    const plays = async () => {
      const range = `from=${new Date(hourStart - 3_600_000).toISOString()}&to=${new Date(Date.now() + 3_600_000).toISOString()}`;
      const rows = (await api.get(`/api/ad-reports?groupBy=screen&${range}`)).body as Array<{ id: string; plays: number }>;
      return rows.find((r) => r.id === device.id)?.plays ?? 0;
    };
    // Every acknowledged batch survived the kill.
    expect(await plays()).toBeGreaterThanOrEqual(ackedAtKill.size * 5);
    expect(ackedAtKill.size).toBeGreaterThanOrEqual(20);

    // The screen sends again all it holds unacknowledged (here: every batch after the 20th, and any duplicates count once).
    const second = await connect(hub.mqttUrl);
    for (let i = 20; i < 40; i++) if (!ackedAtKill.has(`durable-${i}`)) await second.publish({ playProofs: batch(i) });
    // And one it already had acknowledged, as a screen that missed the acknowledgement would.
    await second.publish({ playProofs: batch(0) });
    await eventually(async () => acked.size === 40, 10_000, 50);
    expect(await eventually(async () => ((await plays()) === 200 ? 200 : undefined), 10_000)).toBe(200);
  });
});
