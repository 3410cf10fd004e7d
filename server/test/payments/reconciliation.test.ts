// Reconciliation against the local Alipay gateway's trade bill (业务明细 layout),
// with planted mismatches of every kind; and the bill parser's row-by-row report
// of lines it cannot read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScreenClient } from '@screenhub/simulator';
import { parseTradeBill } from '../../src/payments/connectors/alipay-bill.js';
import type { ApiClient } from '../support/api-client.js';
import { alipayScene } from '../support/payment-scene.js';
import type { TestHub } from '../support/test-hub.js';

let scene: Awaited<ReturnType<typeof alipayScene>>;
let t: TestHub;
let fixture: Awaited<ReturnType<typeof alipayScene>>['fixture'];
let admin: ApiClient;
let screen: ScreenClient;
let merchantId: string;
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  scene = await alipayScene({ tenant: 'Recon Bank', hubEnv: { HUB_ACQUIRER_TIMEOUT_MS: '500', HUB_PAY_POLL_INTERVAL_MS: '50', HUB_PAY_TIMEOUT_MS: '600' } });
  ({ t, fixture, admin, screen } = scene);
  merchantId = scene.merchant.id;
});
afterAll(async () => scene?.stop());

describe('daily reconciliation', () => {
  it('matches what agrees and reports every planted mismatch', async () => {
    for (let i = 1; i <= 5; i++) await screen.pay({ orderNo: `P${i}`, amountFen: 1000 * i, authCode: `28000000000000${i}010` });
    await screen.pay({ orderNo: 'P6', amountFen: 600, authCode: '280000000000006091' }); // declined: in neither paid list
    await screen.pay({ orderNo: 'P7', amountFen: 700, authCode: '280000000000007093' }); // buyer never pays: cancelled
    const p1 = (await admin.get(`/api/transactions?filter=${encodeURIComponent('{"orderNo":"P1"}')}`)).body[0].id;
    expect((await admin.post(`/api/transactions/${p1}/refunds`, { amountFen: 250, refundNo: 'RF-P1' })).body.state).toBe('succeeded');

    // Plant: a payment only the acquirer has, one only the hub has, an amount that differs,
    // and a payment the hub cancelled that the acquirer says was paid.
    // The bill names orders by the hub's acquirer numbers, never the screens' order numbers.
    const { appId } = fixture.credentials;
    const trades = fixture.gateway.trades;
    const [p2, p3, p7] = await Promise.all(['P2', 'P3', 'P7'].map(async (o) => (await scene.acquirerOrderNo(o))!));
    trades.set(`${appId}|GHOST`, { appId, outTradeNo: 'GHOST', tradeNo: '2026GHOST', amountFen: 4200, status: 'TRADE_SUCCESS', createdAt: Date.now(), paidAt: Date.now(), refunded: false, refunds: new Map() });
    trades.delete(`${appId}|${p2}`);
    trades.get(`${appId}|${p3}`)!.amountFen += 1;
    Object.assign(trades.get(`${appId}|${p7}`)!, { status: 'TRADE_SUCCESS', paidAt: Date.now() });

    const report = await admin.post(`/api/merchants/${merchantId}/reconciliations`, { date: today() });
    expect(report.status).toBe(201);
    const found = report.body.items.map((i: { kind: string; lineType: string; orderNo: string }) => `${i.kind}:${i.lineType}:${i.orderNo}`).sort();
    expect(found).toEqual([`amount_differs:payment:${p3}`, 'only_at_acquirer:payment:GHOST', `only_at_hub:payment:${p2}`, `state_differs:payment:${p7}`].sort());
    // P1, P4, P5 and the refund of P1 agree.
    expect(report.body).toMatchObject({ date: today(), matched: 4, mismatched: 4 });
    const amount = report.body.items.find((i: { kind: string }) => i.kind === 'amount_differs');
    expect(amount).toMatchObject({ hubAmountFen: 3000, acquirerAmountFen: 3001 });

    const again = await admin.get(`/api/reconciliations/${report.body.id}`);
    expect(again.body.items).toHaveLength(4);
    expect((await admin.get(`/api/merchants/${merchantId}/reconciliations`)).body[0].id).toBe(report.body.id);
  });

  it('keeps other tenants out', async () => {
    const other = (await (await t.api.loginRoot()).createTenant('Recon Rival')).admin;
    expect((await other.post(`/api/merchants/${merchantId}/reconciliations`, { date: today() })).status).toBe(404);
    const mine = (await admin.get(`/api/merchants/${merchantId}/reconciliations`)).body[0];
    expect((await other.get(`/api/reconciliations/${mine.id}`)).status).toBe(404);
  });

  it('rejects a malformed date', async () => {
    expect((await admin.post(`/api/merchants/${merchantId}/reconciliations`, { date: '25/11/2026' })).status).toBe(400);
  });
});

describe('trade bill parser', () => {
  it('reports unreadable lines by number and keeps the rest', () => {
    const bill = [
      '#支付宝业务明细查询',
      '支付宝交易号,商户订单号,业务类型,商品名称,订单金额（元）,退款批次号/请求号',
      '2026001,A1,交易,面,12.50,',
      '2026002,A2,交易,面,twelve,',
      '2026003,A3,转账,面,1.00,',
      '2026004,A1,退款,面,-2.50,R1',
      '2026005,,交易,面,1.00,',
      '#导出时间：[2026-11-25 10:00:00]',
    ].join('\r\n');
    const { lines, unreadable } = parseTradeBill(bill);
    expect(lines).toEqual([
      { line: 3, kind: 'payment', orderNo: 'A1', acquirerTradeNo: '2026001', amountFen: 1250, refundNo: '' },
      { line: 6, kind: 'refund', orderNo: 'A1', acquirerTradeNo: '2026004', amountFen: 250, refundNo: 'R1' },
    ]);
    expect(unreadable.map((u) => u.line)).toEqual([4, 5, 7]);
    expect(parseTradeBill('#only comments').unreadable).toEqual([{ line: 0, reason: 'no column header line' }]);
  });
});
