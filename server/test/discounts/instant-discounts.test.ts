// Instant discounts the bank funds, end to end on one hub: a screen asks for
// the ticket, the local Alipay gateway is charged the discounted amount, the
// PayResult tells the split and says it aloud; a redelivered request gets the
// same discount; a declined payment gives its discount back; the budget and
// the daily limits hold; the day's statement owes the merchant the subsidy of
// paid payments (not of one refunded in full), with the payments behind it,
// and the next statement takes back the subsidy of a payment refunded after
// its own statement closed; reconciliation finds the charged amounts at the
// acquirer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayStatus } from '@screenhub/protocol';
import { addDays } from '../../src/platform/calendar-days.js';
import { alipayScene } from '../support/payment-scene.js';

type Scene = Awaited<ReturnType<typeof alipayScene>>;
let scene: Scene;
let n = 0;
const chinaDay = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  scene = await alipayScene({
    tenant: 'Discount Bank',
    behaviour: { billDelayMs: -86_400_000 },
    hubEnv: { HUB_PAY_POLL_INTERVAL_MS: '50', HUB_DISCOUNT_SETTLE_MS: '3600000', HUB_DISCOUNT_STATEMENT_CLOSE_MS: '86400000', HUB_INSIGHTS_CLOSE_MS: '86400000' },
  });
  expect((await scene.admin.put(`/api/merchants/${scene.merchant.id}`, { city: '杭州' })).status).toBe(200);
});
afterAll(async () => scene?.stop());

const orderNo = () => `DC${Date.now()}${n++}`;
const code = (ending: '88' | '91') => `2800000000${String(n).padStart(6, '0')}${ending}`;
const campaign = async (id: string) => (await scene.admin.get(`/api/discount-campaigns/${id}`)).body;
const transaction = async (order: string) => (await scene.admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify({ orderNo: order }))}`)).body[0];

async function createCampaign(overrides: Record<string, unknown> = {}) {
  const today = chinaDay();
  const created = await scene.admin.post('/api/discount-campaigns', {
    name: '建行立减',
    merchants: { cities: ['杭州'] },
    startsOn: today,
    endsOn: today,
    channels: ['alipay'],
    rule: 'threshold',
    minSpendFen: 3_000,
    offFen: 500,
    budgetFen: 1_500,
    ...overrides,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body as { id: string };
}

describe('instant discounts', () => {
  let first: { id: string };
  const paidOrders: string[] = [];

  it('charges the discounted amount, tells the split and says it; a redelivered request gets the same discount', async () => {
    const { screen, fixture } = scene;
    first = await createCampaign();
    const order = orderNo();
    const authCode = code('88');
    const result = await screen.pay({ orderNo: order, amountFen: 5_000, authCode });
    expect(result).toMatchObject({
      status: PayStatus.PAY_STATUS_SUCCEEDED,
      amountFen: 5_000,
      chargedFen: 4_500,
      discountFen: 500,
      discountName: '建行立减',
      speech: '支付宝收款, 立减5.00元, 实收45.00元',
    });
    paidOrders.push(order);
    const row = await transaction(order);
    expect(row).toMatchObject({ amountFen: 4_500, ticketFen: 5_000, discountFen: 500, discountName: '建行立减' });
    expect(fixture.gateway.trade(fixture.credentials.appId, row.acquirerOrderNo)).toMatchObject({ amountFen: 4_500, status: 'TRADE_SUCCESS' });

    // The same request again (a screen that missed its answer): the same PayResult, nothing reserved twice.
    const again = await screen.pay({ orderNo: order, amountFen: 5_000, authCode });
    expect(again).toMatchObject({ amountFen: 5_000, chargedFen: 4_500, discountFen: 500, transactionId: result.transactionId });
    expect(await campaign(first.id)).toMatchObject({ reservedFen: 500, remainingFen: 1_000 });
  });

  it('gives nothing below the minimum spend, and gives a declined payment’s discount back', async () => {
    const { screen, t } = scene;
    const small = await screen.pay({ orderNo: orderNo(), amountFen: 2_999, authCode: code('88') });
    expect(small).toMatchObject({ status: PayStatus.PAY_STATUS_SUCCEEDED, amountFen: 2_999, chargedFen: 0, discountFen: 0, speech: '支付宝收款29.99元' });
    const declined = await screen.pay({ orderNo: orderNo(), amountFen: 5_000, authCode: code('91') });
    expect(declined).toMatchObject({ status: PayStatus.PAY_STATUS_FAILED, chargedFen: 0, discountFen: 0 });
    expect(await campaign(first.id)).toMatchObject({ reservedFen: 1_000 });
    await t.hub.app.discounts.settler.settleNow();
    expect(await campaign(first.id)).toMatchObject({ reservedFen: 500, given: { payments: 1, discountFen: 500, inFlightFen: 0 } });
  });

  it('stops at the budget: the payment past it is charged in full', async () => {
    const { screen } = scene;
    for (let i = 0; i < 2; i++) {
      const order = orderNo();
      expect((await screen.pay({ orderNo: order, amountFen: 4_000, authCode: code('88') })).discountFen).toBe(500);
      paidOrders.push(order);
    }
    const past = await screen.pay({ orderNo: orderNo(), amountFen: 4_000, authCode: code('88') });
    expect(past).toMatchObject({ status: PayStatus.PAY_STATUS_SUCCEEDED, discountFen: 0, speech: '支付宝收款40.00元' });
    expect(await campaign(first.id)).toMatchObject({ reservedFen: 1_500, remainingFen: 0 });
    // A budget below what is given is refused; a larger one opens the campaign again.
    const lower = await scene.admin.put(`/api/discount-campaigns/${first.id}`, { budgetFen: 1_000 });
    expect(lower.status).toBe(409);
    expect(lower.headers.get('content-type')).toContain('application/problem+json');
    expect((await scene.admin.put(`/api/discount-campaigns/${first.id}`, { enabled: false })).body.enabled).toBe(false);
  });

  it('takes a percentage up to its cap and holds the per-screen daily limit', async () => {
    const { screen } = scene;
    const percent = await createCampaign({ name: '周末9折', rule: 'percent', percent: 10, capFen: 800, minSpendFen: 0, offFen: undefined, budgetFen: 100_000, perScreenDay: 2 });
    const a = await screen.pay({ orderNo: orderNo(), amountFen: 3_000, authCode: code('88') });
    expect(a).toMatchObject({ discountFen: 300, chargedFen: 2_700, speech: '支付宝收款, 立减3.00元, 实收27.00元' });
    const b = await screen.pay({ orderNo: orderNo(), amountFen: 20_000, authCode: code('88') });
    expect(b).toMatchObject({ discountFen: 800, chargedFen: 19_200 });
    const c = await screen.pay({ orderNo: orderNo(), amountFen: 20_000, authCode: code('88') });
    expect(c.discountFen).toBe(0);
    expect(await campaign(percent.id)).toMatchObject({ reservedFen: 1_100 });
    await scene.admin.put(`/api/discount-campaigns/${percent.id}`, { enabled: false });
  });

  it("closes the day's statement: the subsidy owed per campaign and merchant, the payments behind it, a full refund left out", async () => {
    const { admin, merchant, t } = scene;
    // One of the first campaign's paid payments is refunded in full before the day closes.
    const refunded = await transaction(paidOrders[2]!);
    expect((await admin.post(`/api/transactions/${refunded.id}/refunds`, { amountFen: refunded.amountFen })).body.state).toBe('succeeded');
    const day = chinaDay();
    expect(await t.hub.app.discounts.closer.closeDay(merchant.tenantId as string, day)).toBe(true);
    expect(await t.hub.app.discounts.closer.closeDay(merchant.tenantId as string, day)).toBe(false);

    const statement = (await admin.get(`/api/discount-statements/${day}`)).body;
    expect(statement).toMatchObject({ day, payments: 4, subsidyFen: 500 + 500 + 300 + 800 });
    const line = (name: string) => statement.lines.find((l: { campaignName: string }) => l.campaignName === name);
    expect(line('建行立减')).toMatchObject({ merchantId: merchant.id, payments: 2, ticketFen: 9_000, chargedFen: 8_000, subsidyFen: 1_000 });
    expect(line('周末9折')).toMatchObject({ payments: 2, ticketFen: 23_000, chargedFen: 21_900, subsidyFen: 1_100 });
    const behind = (await admin.get(`/api/discount-statements/${day}/payments?campaignId=${first.id}`)).body;
    expect(behind.map((p: { orderNo: string }) => p.orderNo).sort()).toEqual(paidOrders.slice(0, 2).sort());
    const csv = await admin.get(`/api/discount-statements/${day}?format=csv`);
    expect(csv.body).toContain('campaign_id,campaign_name,merchant_id,merchant_name,payments,ticket_fen,charged_fen,subsidy_fen');
    expect((await admin.get(`/api/discount-statements?from=${day}&to=${day}`)).body).toEqual([expect.objectContaining({ day, payments: 4, subsidyFen: 2_100 })]);
  });

  it('takes back in the next statement the subsidy of a payment refunded in full after its own statement closed', async () => {
    const { admin, merchant, t } = scene;
    const day = chinaDay();
    const late = await transaction(paidOrders[0]!);
    expect((await admin.post(`/api/transactions/${late.id}/refunds`, { amountFen: late.amountFen })).body.state).toBe('succeeded');
    const next = addDays(day, 1);
    expect(await t.hub.app.discounts.closer.closeDay(merchant.tenantId as string, next)).toBe(true);

    const statement = (await admin.get(`/api/discount-statements/${next}`)).body;
    expect(statement).toMatchObject({ day: next, payments: 0, subsidyFen: 0, clawbackFen: 500, owedFen: -500 });
    expect(statement.lines).toEqual([expect.objectContaining({ campaignId: first.id, merchantId: merchant.id, payments: 0, subsidyFen: 0, clawbacks: 1, clawbackFen: 500, owedFen: -500 })]);
    const behind = (await admin.get(`/api/discount-statements/${next}/payments`)).body;
    expect(behind).toEqual([expect.objectContaining({ orderNo: paidOrders[0], kind: 'clawback', discountFen: 500 })]);
    expect((await admin.get(`/api/discount-statements/${next}?format=csv`)).body).toContain(',0,0,0,0,1,500,-500');
    // The closed day is never changed, and a subsidy is taken back once.
    expect((await admin.get(`/api/discount-statements/${day}`)).body).toMatchObject({ subsidyFen: 2_100, clawbackFen: 0, owedFen: 2_100 });
    expect(await t.hub.app.discounts.closer.closeDay(merchant.tenantId as string, addDays(day, 2))).toBe(true);
    expect((await admin.get(`/api/discount-statements/${addDays(day, 2)}`)).body).toMatchObject({ clawbackFen: 0, lines: [] });
  });

  it('reconciles: the acquirer shows the charged amounts, so nothing differs', async () => {
    const report = await scene.admin.post(`/api/merchants/${scene.merchant.id}/reconciliations`, { date: chinaDay() });
    expect(report.status).toBe(201);
    expect(report.body.items).toEqual([]);
  });

  it('discounts a dynamic QR payment too: the code asks for the charged amount', async () => {
    const { screen, fixture } = scene;
    const qrCampaign = await createCampaign({ name: '扫码立减', minSpendFen: 1_000, offFen: 300, budgetFen: 300 });
    const order = orderNo();
    const qr = await screen.requestQr({ orderNo: order, amountFen: 2_000 });
    expect(qr).toMatchObject({ orderNo: order, amountFen: 1_700 });
    const result = screen.payResult(order);
    expect(fixture.gateway.scan(qr.content!)).toBe(true);
    expect(await result).toMatchObject({ status: PayStatus.PAY_STATUS_SUCCEEDED, amountFen: 2_000, chargedFen: 1_700, discountFen: 300, speech: '支付宝收款, 立减3.00元, 实收17.00元' });
    expect(fixture.gateway.trade(fixture.credentials.appId, (await transaction(order)).acquirerOrderNo)).toMatchObject({ amountFen: 1_700 });
    await scene.admin.put(`/api/discount-campaigns/${qrCampaign.id}`, { enabled: false });
  });

  it('refuses bad campaigns with the parameter named, and keeps other tenants out', async () => {
    const { admin, t } = scene;
    for (const [body, name] of [
      [{ rule: 'threshold', offFen: undefined }, 'offFen'],
      [{ rule: 'percent', offFen: undefined, percent: 10 }, 'capFen'],
      [{ endsOn: '2020-01-01' }, 'endsOn'],
      [{ budgetFen: 0 }, 'budgetFen'],
      [{ budgetFen: 1.5 }, 'budgetFen'],
      [{ channels: ['visa'] }, 'channels'],
      [{ merchants: { merchantIds: ['7d9f3c9a-1111-4c1e-9a4b-0123456789ab'] } }, 'merchantIds'],
      [{ merchants: { merchantIds: ['7d9f3c9a-1111-4c1e-9a4b-0123456789ab'], cities: ['杭州'] } }, 'merchantIds'],
      [{ offFen: 5_000, minSpendFen: 3_000 }, 'offFen'],
    ] as const) {
      const valid: Record<string, unknown> = { name: 'x', merchants: {}, startsOn: chinaDay(), endsOn: chinaDay(), channels: ['alipay'], rule: 'threshold', minSpendFen: 3_000, offFen: 500, budgetFen: 1_000 };
      const refused = await admin.post('/api/discount-campaigns', { ...valid, ...body });
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(refused.body.detail, JSON.stringify(body)).toContain(name);
    }
    const other = (await (await t.api.loginRoot()).createTenant('Other Discount Bank')).admin;
    expect((await other.get(`/api/discount-campaigns/${first.id}`)).status).toBe(404);
    expect((await other.put(`/api/discount-campaigns/${first.id}`, { enabled: true })).status).toBe(404);
    expect((await other.get('/api/discount-campaigns')).body).toEqual([]);
    expect((await other.get(`/api/discount-statements/${chinaDay()}`)).status).toBe(404);
  });
});
