// What the operations suite works on: a hub of its own with one bank's fleet of
// 5,000 screens in six cities (written straight into the database: they are
// counted and drawn, never connected), a static group of 60 of them, one real
// screen running hot with a critical alert open, and today's ad plays. Data is
// in Chinese, as a Chinese bank's would be, so the language check reads only the
// console's own words.
import { createDevice } from './devices.js';
import { buildConsoleIfStale } from '../../scripts/build-if-stale.js';
import type { ApiClient } from '../../../server/test/support/api-client.js';
import { publishRelease, registerReleaseKey, type ReleaseKey } from '../../../server/test/support/ota-fixture.js';
import { seedMapFleet, type MapFleet } from '../../../server/test/support/map-fleet.js';
import { eventually, TestHub } from '../../../server/test/support/test-hub.js';

export interface OperationsScene {
  t: TestHub;
  baseUrl: string;
  admin: ApiClient;
  login: { email: string; password: string };
  fleet: MapFleet;
  /** Every screen of the tenant: the fleet and the hot one. */
  screens: number;
  groupId: string;
  hotScreen: { id: string; name: string };
  alertId: string;
  /** The release key the tenant trusts, with its private half (what a release pipeline signs with). */
  releaseKey: ReleaseKey;
}

const TENANT = 'Operations Bank';

export async function startOperationsScene(): Promise<OperationsScene> {
  buildConsoleIfStale((line) => console.info(line));
  // Alert rules are evaluated when the scene says so.
  const t = await TestHub.start({ HUB_ALERT_EVALUATE_MS: '3600000' });
  const root = await t.api.loginRoot();
  const { admin, tenantId } = await root.createTenant(TENANT);
  const fleet = await seedMapFleet(t.hub.db, admin, tenantId, { screens: 5_000, storesPerCity: 50, onlineEvery: 3, prefix: 'ops-', instanceId: t.hub.app.instance.id });

  const group = await admin.post('/api/groups', { name: '试点六十', kind: 'static' });
  const members = await admin.post(`/api/groups/${group.body.id}/members`, { deviceIds: Array.from({ length: 60 }, (_, n) => `ops-${n}`) });
  if (members.body.memberCount !== 60) throw new Error(`group members: ${JSON.stringify(members.body)}`);

  // A real screen at a Hangzhou store, running hot: the rule opens a critical alert.
  const hangzhou = fleet.cities.get('杭州')!;
  const store = (await admin.get(`/api/stores?filter=${encodeURIComponent(JSON.stringify({ merchantId: hangzhou.merchantId }))}&range=[0,0]`)).body[0];
  const hot = await createDevice(admin, '收银台热屏', { storeId: store.id });
  const rule = await admin.post('/api/alert-rules', { name: '机身过热', kind: 'temperature_above', threshold: 60, severity: 'critical' });
  if (rule.status !== 201) throw new Error(`alert rule: ${rule.status} ${JSON.stringify(rule.body)}`);
  const screen = t.screen(hot);
  await screen.connect();
  await screen.sendHeartbeat({ temperatureDc: 725 });
  await eventually(async () => (await admin.get(`/api/devices/${hot.id}`)).body.lastHeartbeat?.temperatureDc === 725);
  await t.hub.app.devices.flusher.flush();
  await t.hub.app.alerts.evaluate();
  const alerts = (await admin.get(`/api/alerts?filter=${encodeURIComponent(JSON.stringify({ deviceId: hot.id }))}`)).body;
  if (alerts.length !== 1) throw new Error(`alert not open: ${JSON.stringify(alerts)}`);

  // House ad plays in the hours so far today (the proof-of-play ingest has its own tests).
  await t.hub.db.query(
    `insert into ad_plays (tenant_id, device_id, merchant_id, creative_id, started_at, duration_ms, completed, trigger, batch_id)
     select $1, 'ops-1', $2, gen_random_uuid(), now() - (n % 5) * interval '1 hour' - interval '1 minute', 15000, true, 'loop', 'console-e2e'
     from generate_series(1, 40) n`,
    [tenantId, hangzhou.merchantId],
  );

  // A release for the campaign form to offer.
  const key = await registerReleaseKey(admin, '发布流水线密钥');
  const { upload } = await publishRelease(admin, key, { version: '3.1.0', content: Buffer.alloc(32 * 1024, 3) });
  if (upload.status !== 200) throw new Error(`upload package: ${upload.status} ${JSON.stringify(upload.body)}`);

  return {
    t,
    baseUrl: t.hub.httpUrl,
    admin,
    login: { email: `admin@${TENANT.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.test`, password: 'tenant admin password' },
    fleet,
    screens: fleet.screens + 1,
    groupId: group.body.id,
    hotScreen: { id: hot.id, name: hot.name },
    alertId: alerts[0].id,
    releaseKey: key,
  };
}
