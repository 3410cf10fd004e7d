// The canary's figures from the database (rollout-health-sql.ts) and its
// verdicts on them (rollout-health.ts): restarts told by a fresh boot's
// heartbeats, each boot once and the install's own reboot not counted; drops
// off the network without the hub's own stops; each side over its own hours.
// The history is written as the live-state flusher writes it, with the times a
// test cannot wait for; the end-to-end canary is canary.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_DEFAULTS, canaryVerdict } from '../../src/ota/rollout-health.js';
import { campaignHealthFigures, type HealthFigures } from '../../src/ota/rollout-health-sql.js';
import { publishRelease, registerReleaseKey } from '../support/ota-fixture.js';
import { TestHub } from '../support/test-hub.js';

let t: TestHub;
beforeAll(async () => {
  t = await TestHub.start();
});
afterAll(async () => t?.stop());

const MIN = 60_000;

describe('canary figures', () => {
  it('counts boots, drops and hours per side since each screen updated and since the first update', async () => {
    const { admin, tenantId } = await (await t.api.loginRoot()).createTenant('Canary Figures Bank');
    const key = await registerReleaseKey(admin);
    const { release } = await publishRelease(admin, key, { version: '4.0.0', content: Buffer.alloc(1000, 1) });
    for (const id of ['cf-a', 'cf-b', 'cf-c', 'cf-d']) await admin.createDevice({ id });
    const campaign = (await admin.post('/api/ota/campaigns', { name: 'Figures', releaseId: release.id, target: { deviceIds: ['cf-a', 'cf-b', 'cf-c', 'cf-d'] }, waves: [100] })).body;
    const now = Date.now();
    const at = (minutesAgo: number) => new Date(now - minutesAgo * MIN);
    // a and b updated two hours ago; c and d not yet.
    await t.hub.db.query(`update ota_campaign_devices set state = 'succeeded', finished_at = $2 where campaign_id = $1 and device_id in ('cf-a', 'cf-b')`, [campaign.id, at(120)]);
    const beat = (device: string, minutesAgo: number, uptimeS: number) =>
      t.hub.db.query('insert into device_heartbeats (tenant_id, device_id, received_at, uptime_s) values ($1, $2, $3, $4)', [tenantId, device, at(minutesAgo), uptimeS]);
    await beat('cf-a', 121, 20); // the install's own reboot, before the update finished: not counted
    await beat('cf-a', 90, 30); // a boot 90.5 minutes ago, told twice
    await beat('cf-a', 89.5, 60);
    await beat('cf-a', 30, 45); // another boot
    await beat('cf-a', 10, 7200); // long running: no boot
    await beat('cf-c', 60, 30); // the rest: one boot
    const drop = (device: string, minutesAgo: number, reason: string) =>
      t.hub.db.query('insert into device_presence_events (tenant_id, device_id, online, reason, at) values ($1, $2, false, $3, $4)', [tenantId, device, reason, at(minutesAgo)]);
    await drop('cf-a', 50, 'keepalive_timeout');
    await drop('cf-b', 40, 'socket_error');
    await drop('cf-b', 20, 'broker_shutdown'); // a hub's own stop: not the screen's doing
    await drop('cf-d', 130, 'socket_error'); // before the first update: outside every window

    const f = await campaignHealthFigures(t.hub.db, { id: campaign.id, tenant_id: tenantId });
    expect(f).toMatchObject({ updated: 2, rest: 2, updated_restarts: 2, rest_restarts: 1, updated_offline: 2, rest_offline: 0, updated_payments: 0, rest_payments: 0 });
    // Two screens for two hours on each side (the rest counted from the first update).
    expect(f.updated_hours).toBeCloseTo(4, 1);
    expect(f.rest_hours).toBeCloseTo(4, 1);
  });
});

describe('canary verdicts', () => {
  const base: HealthFigures = {
    updated: 10, updated_alerting: 0, updated_payments: 0, updated_failed: 0, updated_restarts: 0, updated_offline: 0, updated_hours: 20,
    rest: 10, rest_alerting: 0, rest_payments: 0, rest_failed: 0, rest_restarts: 0, rest_offline: 0, rest_hours: 20,
  };
  const campaign = { min_finished: 2, canary: {} };

  it('stops on restarts or drops per screen-hour well above the rest, with at least three of them', () => {
    expect(canaryVerdict(campaign, { ...base, updated_restarts: 30, rest_restarts: 2 })).toMatchObject({ metric: 'restarts', reason: '1.5 restarts per screen-hour on updated screens against 0.1 on the rest' });
    expect(canaryVerdict(campaign, { ...base, updated_offline: 40, rest_offline: 4 })?.metric).toBe('offline');
    // Twice the rest's but within the margin of 0.5 a screen-hour: no.
    expect(canaryVerdict(campaign, { ...base, updated_restarts: 8, rest_restarts: 2 })).toBeUndefined();
    // A stricter campaign stops there.
    expect(canaryVerdict({ ...campaign, canary: { restartsPerScreenHour: 0.2 } }, { ...base, updated_restarts: 8, rest_restarts: 2 })?.metric).toBe('restarts');
  });

  it('judges nothing before the minimum sample', () => {
    expect(canaryVerdict(campaign, { ...base, updated_hours: 1, updated_restarts: 30 })).toBeUndefined();
    expect(canaryVerdict(campaign, { ...base, updated_payments: CANARY_DEFAULTS.minPayments - 1, updated_failed: CANARY_DEFAULTS.minPayments - 1, rest_payments: 500 })).toBeUndefined();
    expect(canaryVerdict(campaign, { ...base, updated_payments: 40, updated_failed: 30, rest_payments: 500, rest_failed: 10 })?.metric).toBe('payments');
  });
});
