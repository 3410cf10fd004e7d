// A merchant's daily rollups agree with its raw transactions: payments through
// the real path (a screen, the hub, the local Alipay gateway) on two days,
// declined ones, refunds on the day and on a later day, for a merchant in a
// time zone that is not China's. The rollups are kept as payments end (a
// trigger's facts, folded), never recomputed from transactions, so this
// comparison is what shows they are right.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayStatus } from '@screenhub/protocol';
import { alipayScene, type PaymentScene } from '../support/payment-scene.js';

type Scene = Awaited<ReturnType<typeof alipayScene>>;
let scene: Scene;
let n = 0;
const ZONE = 'America/Los_Angeles';
const DAY_MS = 86_400_000;

beforeAll(async () => {
  // Folding and closing are driven by the test.
  scene = await alipayScene({ tenant: 'Insight Bank', hubEnv: { HUB_INSIGHTS_FOLD_MS: '3600000', HUB_INSIGHTS_CLOSE_MS: '86400000' } });
  expect((await scene.admin.put(`/api/merchants/${scene.merchant.id}`, { timezone: ZONE })).status).toBe(200);
});
afterAll(async () => scene?.stop());

async function pay(s: PaymentScene<Scene['fixture']>, amountFen: number, outcome: 'pays' | 'declined'): Promise<string> {
  const orderNo = `IN${Date.now()}${n++}`;
  const result = await s.screen.pay({ orderNo, amountFen, authCode: `2800000000${String(n).padStart(6, '0')}${outcome === 'pays' ? '88' : '91'}` });
  expect(result.status).toBe(outcome === 'pays' ? PayStatus.PAY_STATUS_SUCCEEDED : PayStatus.PAY_STATUS_FAILED);
  const list = await s.admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify({ orderNo }))}`);
  return list.body[0].id;
}

/** What the rollups must say, computed the slow way from transactions and refunds in the merchant's zone. */
async function rawDays(merchantId: string, zone: string) {
  const db = scene.t.hub.db;
  const { rows: paid } = await db.query<{ day: string; payments: string; succeeded: string; gross: string | null; hours: number[] }>(
    `select to_char((coalesce(paid_at, updated_at) at time zone $2)::date, 'YYYY-MM-DD') as day, count(*) as payments,
       count(*) filter (where state in ('succeeded', 'refunded')) as succeeded,
       sum(amount_fen) filter (where state in ('succeeded', 'refunded')) as gross,
       array_agg(extract(hour from paid_at at time zone $2)::int) filter (where state in ('succeeded', 'refunded')) as hours
     from transactions where merchant_id = $1 and state in ('succeeded', 'failed', 'cancelled', 'refunded', 'needs_attention') group by 1`,
    [merchantId, zone],
  );
  const { rows: refunds } = await db.query<{ day: string; refunds: string; refunded: string }>(
    `select to_char((r.updated_at at time zone $2)::date, 'YYYY-MM-DD') as day, count(*) as refunds, sum(r.amount_fen) as refunded
     from refunds r join transactions t on t.id = r.transaction_id where t.merchant_id = $1 and r.state = 'succeeded' group by 1`,
    [merchantId, zone],
  );
  const days = new Map<string, { payments: number; succeeded: number; grossFen: number; refunds: number; refundedFen: number; hours: number[] }>();
  const day = (d: string) => days.get(d) ?? days.set(d, { payments: 0, succeeded: 0, grossFen: 0, refunds: 0, refundedFen: 0, hours: new Array(24).fill(0) }).get(d)!;
  for (const p of paid) {
    Object.assign(day(p.day), { payments: Number(p.payments), succeeded: Number(p.succeeded), grossFen: Number(p.gross ?? 0) });
    for (const hour of p.hours ?? []) day(p.day).hours[hour] = (day(p.day).hours[hour] ?? 0) + 1;
  }
  for (const r of refunds) Object.assign(day(r.day), { refunds: Number(r.refunds), refundedFen: Number(r.refunded) });
  return days;
}

describe('merchant daily rollups', () => {
  it('agree with the raw transactions after two days of payments, declines and refunds in Los Angeles time', async () => {
    const { admin, merchant, fixture, t } = scene;
    // Yesterday's trade: the acquirer reports these payments 26 hours back.
    fixture.gateway.behaviour.paidAtOffsetMs = -26 * 3600_000;
    const yesterday = [await pay(scene, 1_250, 'pays'), await pay(scene, 3_000, 'pays'), await pay(scene, 20_000, 'pays')];
    fixture.gateway.behaviour.paidAtOffsetMs = 0;
    await pay(scene, 777, 'declined');
    const today = [await pay(scene, 880, 'pays'), await pay(scene, 4_500, 'pays'), await pay(scene, 10_000, 'pays')];

    // Refunds today: part of a payment of yesterday (a later day), all of one of today, part of another.
    for (const [id, amountFen] of [[yesterday[1]!, 1_000], [today[0]!, 880], [today[1]!, 500]] as const) {
      expect((await admin.post(`/api/transactions/${id}/refunds`, { amountFen })).body.state).toBe('succeeded');
    }
    await t.hub.app.insights.folder.foldNow();

    const raw = await rawDays(merchant.id, ZONE);
    expect(raw.size).toBe(2);
    const from = [...raw.keys()].sort()[0]!;
    const insights = await admin.get(`/api/merchants/${merchant.id}/insights?from=${from}&to=${[...raw.keys()].sort()[1]}`);
    expect(insights.status).toBe(200);
    expect(insights.body.timezone).toBe(ZONE);
    const traded = insights.body.days.filter((d: { payments: number; refunds: number }) => d.payments > 0 || d.refunds > 0);
    expect(traded.map((d: { day: string }) => d.day)).toEqual([...raw.keys()].sort());
    for (const d of traded) {
      const want = raw.get(d.day)!;
      expect(d).toMatchObject({ ...want, takingsFen: want.grossFen - want.refundedFen, channels: { alipay: want.succeeded, wechat: 0, unionpay: 0 } });
    }
    // The later-day refund sits on today, not on the day of its payment.
    const [first, second] = traded;
    expect(first).toMatchObject({ succeeded: 3, grossFen: 24_250, refunds: 0 });
    expect(second).toMatchObject({ payments: 4, succeeded: 3, grossFen: 15_380, refunds: 3, refundedFen: 2_380, takingsFen: 13_000 });
    expect(insights.body.totals).toMatchObject({ payments: 7, succeeded: 6, takingsFen: 24_250 + 13_000, activeDays: 2, averageTicketFen: Math.round(39_630 / 6) });
    // Whole-hundred-yuan tickets are counted for the cash-out warning.
    const { rows } = await t.hub.db.query<{ round_tickets: number }>('select sum(round_tickets)::int as round_tickets from merchant_days where merchant_id = $1', [merchant.id]);
    expect(rows[0]!.round_tickets).toBe(2);
  });

  it('counts each fact once however often the fold runs, and leaves none behind', async () => {
    const { admin, merchant, t } = scene;
    const before = (await admin.get(`/api/merchants/${merchant.id}/insights`)).body.totals;
    await pay(scene, 1_999, 'pays');
    await Promise.all([t.hub.app.insights.folder.foldNow(), t.hub.app.insights.folder.foldNow()]);
    await t.hub.app.insights.folder.foldNow();
    const after = (await admin.get(`/api/merchants/${merchant.id}/insights`)).body.totals;
    expect(after.succeeded - before.succeeded).toBe(1);
    expect(after.grossFen - before.grossFen).toBe(1_999);
    expect((await t.hub.db.query('select 1 from merchant_day_facts')).rows).toHaveLength(0);
  });

  it('keeps other tenants out and names a bad parameter', async () => {
    const { admin, merchant, t } = scene;
    const other = (await (await t.api.loginRoot()).createTenant('Other Insight Bank')).admin;
    expect((await other.get(`/api/merchants/${merchant.id}/insights`)).status).toBe(404);
    const backwards = await admin.get(`/api/merchants/${merchant.id}/insights?from=2026-02-02&to=2026-02-01`);
    expect(backwards.status).toBe(400);
    expect(backwards.headers.get('content-type')).toContain('application/problem+json');
    expect(backwards.body.detail).toContain('from');
    expect((await admin.get(`/api/merchants/${merchant.id}/insights?from=2024-01-01&to=2026-02-01`)).status).toBe(400);
    expect((await admin.get(`/api/merchants/${merchant.id}/insights?from=2026-02-30`)).status).toBe(400);
    expect((await admin.get(`/api/merchants/not-a-uuid/insights`)).status).toBe(400);
  });
});
