// Reconciliation against the local WeChat Pay gateway's /pay/downloadbill in
// WeChat's own layout (text, a backtick before every value, a summary at the
// end), with planted mismatches, a refund on another day, an order the hub
// never sent, a day without trades ("No Bill Exist") and a bill not out yet
// ("Bill Creating"); and the bill reader's checks of lines and summary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayStatus } from '@screenhub/protocol';
import { wechatBill, type ScreenClient, type WechatTrade } from '@screenhub/simulator';
import { parseWechatBill } from '../../src/payments/connectors/wechat-bill.js';
import type { ApiClient } from '../support/api-client.js';
import { wechatScene } from '../support/payment-scene.js';
import type { TestHub } from '../support/test-hub.js';

let scene: Awaited<ReturnType<typeof wechatScene>>;
let t: TestHub;
let fixture: Awaited<ReturnType<typeof wechatScene>>['fixture'];
let admin: ApiClient;
let screen: ScreenClient;
let merchantId: string;
const chinaDay = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
const today = () => chinaDay(Date.now());
type Item = { kind: string; lineType: string; orderNo: string; refundNo: string | null };
const summarise = (items: Item[]) => items.map((i) => `${i.kind}:${i.lineType}:${i.orderNo}${i.refundNo ? `/${i.refundNo}` : ''}`).sort();
const transaction = async (orderNo: string) => (await admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify({ orderNo }))}`)).body[0];

beforeAll(async () => {
  scene = await wechatScene({
    tenant: 'WeChat Recon Bank',
    behaviour: { billDelayMs: -86_400_000 },
    hubEnv: { HUB_ACQUIRER_TIMEOUT_MS: '500', HUB_PAY_POLL_INTERVAL_MS: '50', HUB_PAY_TIMEOUT_MS: '600' },
  });
  ({ t, fixture, admin, screen } = scene);
  merchantId = scene.merchant.id;
});
afterAll(async () => scene?.stop());

describe('daily reconciliation against WeChat Pay', () => {
  it('reports a day without trades as an empty bill', async () => {
    const report = await admin.post(`/api/merchants/${merchantId}/reconciliations`, { date: today() });
    expect(report.status).toBe(201);
    expect(report.body).toMatchObject({ matched: 0, mismatched: 0 });
  });

  it('matches payments and a partial refund, and reports every planted mismatch', async () => {
    for (let i = 1; i <= 4; i++) expect((await screen.pay({ orderNo: `W${i}`, amountFen: 500 * i, authCode: `13456789012345${i}010` })).status).toBe(PayStatus.PAY_STATUS_SUCCEEDED);
    const w1 = await transaction('W1');
    expect((await admin.post(`/api/transactions/${w1.id}/refunds`, { amountFen: 120 })).body.state).toBe('succeeded');
    const [w2, w3] = [(await transaction('W2')).acquirerOrderNo, (await transaction('W3')).acquirerOrderNo];
    const trades = fixture.gateway.trades;
    trades.set('GHOST', { outTradeNo: 'GHOST', transactionId: '4200GHOST', amountFen: 990, state: 'SUCCESS', paidAt: Date.now(), refunds: new Map(), refundTimes: new Map() });
    trades.get(w2)!.amountFen -= 1;
    trades.delete(w3);

    const report = await admin.post(`/api/merchants/${merchantId}/reconciliations`, { date: today() });
    expect(report.status).toBe(201);
    expect(summarise(report.body.items)).toEqual([`amount_differs:payment:${w2}`, 'only_at_acquirer:payment:GHOST', `only_at_hub:payment:${w3}`].sort());
    // W1, W4 and W1's refund agree.
    expect(report.body).toMatchObject({ matched: 3, mismatched: 3 });
  });

  it('matches a refund on the day it was made, apart from its payment of an earlier day', async () => {
    expect((await screen.pay({ orderNo: 'WOLD', amountFen: 6600, authCode: '134567890123456010' })).status).toBe(PayStatus.PAY_STATUS_SUCCEEDED);
    const old = await transaction('WOLD');
    fixture.gateway.trades.get(old.acquirerOrderNo)!.paidAt = Date.now() - 86_400_000;
    await t.hub.db.query(`update transactions set created_at = now() - interval '1 day', paid_at = now() - interval '1 day' where id = $1`, [old.id]);
    expect((await admin.post(`/api/transactions/${old.id}/refunds`, { amountFen: 600 })).body.state).toBe('succeeded');
    const todays = (await admin.post(`/api/merchants/${merchantId}/reconciliations`, { date: today() })).body;
    expect(todays).toMatchObject({ matched: 4, mismatched: 3 });
    const yesterdays = (await admin.post(`/api/merchants/${merchantId}/reconciliations`, { date: chinaDay(Date.now() - 86_400_000) })).body;
    expect(yesterdays).toMatchObject({ matched: 1, mismatched: 0 });
  });

  it('answers 409 while WeChat Pay says "Bill Creating"', async () => {
    fixture.gateway.behaviour.billDelayMs = 10 * 3600_000;
    try {
      const early = await admin.post(`/api/merchants/${merchantId}/reconciliations`, { date: today() });
      expect(early.status).toBe(409);
      expect(early.body.detail).toContain('Bill Creating');
    } finally {
      fixture.gateway.behaviour.billDelayMs = -86_400_000;
    }
  });
});

describe('WeChat Pay bill reader', () => {
  const paid = (outTradeNo: string, amountFen: number, refunds: Array<[string, number]> = []): WechatTrade => ({
    outTradeNo,
    transactionId: `4200${outTradeNo.padStart(24, '0')}`,
    amountFen,
    state: 'SUCCESS',
    paidAt: Date.parse('2026-11-25T10:00:00+08:00'),
    refunds: new Map(refunds),
    refundTimes: new Map(refunds.map(([no]) => [no, Date.parse('2026-11-25T11:00:00+08:00')])),
  });
  const bill = wechatBill({ appId: 'wx1', mchId: '1900000109' }, '2026-11-25', [paid('A1', 1250, [['R1', 250]]), paid('A2', 100)])!;

  it('reads the backticked lines and finds the summary in agreement', () => {
    expect(bill.split('\r\n')[1]).toMatch(/^`2026-11-25 10:00:00,`wx1,`1900000109,/);
    const statement = parseWechatBill(bill);
    expect(statement.problems).toEqual([]);
    expect(statement.lines.map((l) => [l.kind, l.orderNo, l.amountFen, l.refundNo])).toEqual([
      ['payment', 'A1', 1250, ''],
      ['payment', 'A2', 100, ''],
      ['refund', 'A1', 250, 'R1'],
    ]);
  });

  it('reports a summary that does not add up, unreadable lines by number, and a bill without a summary', () => {
    const lines = bill.split('\r\n');
    const summaryValues = lines.length - 2;
    lines[summaryValues] = lines[summaryValues]!.replace(/^`3,/, '`4,');
    expect(parseWechatBill(lines.join('\r\n')).problems).toEqual([expect.objectContaining({ kind: 'summary_differs', line: summaryValues + 1 })]);

    const broken = bill.split('\r\n');
    broken[2] = broken[2]!.replace('`SUCCESS', '`WHATEVER');
    const read = parseWechatBill(broken.join('\r\n'));
    expect(read.lines).toHaveLength(2);
    expect(read.problems.map((p) => [p.kind, p.line])).toEqual([
      ['unreadable_line', 3],
      ['summary_differs', 6],
    ]);
    expect(parseWechatBill(bill.split('\r\n').slice(0, 4).join('\r\n')).problems).toEqual([expect.objectContaining({ kind: 'summary_differs', line: 0 })]);
  });
});
