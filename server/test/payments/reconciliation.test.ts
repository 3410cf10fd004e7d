// Reconciliation against the local Alipay gateway's trade bill in Alipay's own
// layout (a zip of GBK CSV files: detail and 汇总 summary), with planted
// mismatches of every kind, a refund made on another day than its payment, a
// bill not out yet; and the bill reader's report of lines and summaries that do
// not add up.
import { unzipSync, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { Agent, fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testTls, tradeBillDetail, tradeBillSummary, type ScreenClient, type TradeBillRow } from '@screenhub/simulator';
import { parseTradeBill, readAlipayBillArchive } from '../../src/payments/connectors/alipay-bill.js';
import type { ApiClient } from '../support/api-client.js';
import { alipayScene } from '../support/payment-scene.js';
import type { TestHub } from '../support/test-hub.js';

let scene: Awaited<ReturnType<typeof alipayScene>>;
let t: TestHub;
let fixture: Awaited<ReturnType<typeof alipayScene>>['fixture'];
let admin: ApiClient;
let screen: ScreenClient;
let merchantId: string;
const chinaDay = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
const today = () => chinaDay(Date.now());
const yesterday = () => chinaDay(Date.now() - 86_400_000);
const tomorrow = () => chinaDay(Date.now() + 86_400_000);
type Item = { kind: string; lineType: string; orderNo: string; refundNo: string | null };
const summarise = (items: Item[]) => items.map((i) => `${i.kind}:${i.lineType}:${i.orderNo}${i.refundNo ? `/${i.refundNo}` : ''}`).sort();

beforeAll(async () => {
  // The gateway publishes a day's bill as soon as the day starts, so a test can reconcile today (Alipay: 09:00 the next day).
  scene = await alipayScene({
    tenant: 'Recon Bank',
    behaviour: { billDelayMs: -86_400_000 },
    hubEnv: { HUB_ACQUIRER_TIMEOUT_MS: '500', HUB_PAY_POLL_INTERVAL_MS: '50', HUB_PAY_TIMEOUT_MS: '600' },
  });
  ({ t, fixture, admin, screen } = scene);
  merchantId = scene.merchant.id;
});
afterAll(async () => scene?.stop());

describe('daily reconciliation against Alipay', () => {
  it('matches what agrees and reports every planted mismatch, by the hub\'s acquirer numbers', async () => {
    for (let i = 1; i <= 5; i++) await screen.pay({ orderNo: `P${i}`, amountFen: 1000 * i, authCode: `28000000000000${i}010` });
    await screen.pay({ orderNo: 'P6', amountFen: 600, authCode: '280000000000006091' }); // declined: in neither paid list
    await screen.pay({ orderNo: 'P7', amountFen: 700, authCode: '280000000000007093' }); // buyer never pays: cancelled
    const p1 = (await admin.get(`/api/transactions?filter=${encodeURIComponent('{"orderNo":"P1"}')}`)).body[0];
    const refund = (await admin.post(`/api/transactions/${p1.id}/refunds`, { amountFen: 250, refundNo: 'RF-P1' })).body;
    expect(refund.state).toBe('succeeded');

    // Plant: a payment only the acquirer has (an order the hub never sent), one only the hub has, an amount that
    // differs, and a payment the hub cancelled that the acquirer says was paid.
    const { appId } = fixture.credentials;
    const trades = fixture.gateway.trades;
    const [p2, p3, p7] = await Promise.all(['P2', 'P3', 'P7'].map(async (o) => (await scene.acquirerOrderNo(o))!));
    trades.set(`${appId}|GHOST`, { appId, outTradeNo: 'GHOST', tradeNo: '2026GHOST', amountFen: 4200, status: 'TRADE_SUCCESS', createdAt: Date.now(), paidAt: Date.now(), refunded: false, refunds: new Map() });
    trades.delete(`${appId}|${p2}`);
    trades.get(`${appId}|${p3}`)!.amountFen += 1;
    Object.assign(trades.get(`${appId}|${p7}`)!, { status: 'TRADE_SUCCESS', paidAt: Date.now() });

    const report = await admin.post(`/api/merchants/${merchantId}/reconciliations`, { date: today() });
    expect(report.status).toBe(201);
    expect(summarise(report.body.items)).toEqual([`amount_differs:payment:${p3}`, 'only_at_acquirer:payment:GHOST', `only_at_hub:payment:${p2}`, `state_differs:payment:${p7}`].sort());
    // P1, P4, P5 and the refund of P1 agree; the bill's summary agrees with its lines.
    expect(report.body).toMatchObject({ date: today(), matched: 4, mismatched: 4, scheduled: false });
    expect(report.body.items.find((i: Item) => i.kind === 'amount_differs')).toMatchObject({ hubAmountFen: 3000, acquirerAmountFen: 3001 });

    const again = await admin.get(`/api/reconciliations/${report.body.id}`);
    expect(again.body.items).toHaveLength(4);
    expect((await admin.get(`/api/merchants/${merchantId}/reconciliations`)).body[0].id).toBe(report.body.id);
  });

  it('matches a refund on the day it was made, apart from its payment of an earlier day', async () => {
    await screen.pay({ orderNo: 'OLD', amountFen: 8800, authCode: '280000000000008010' });
    const old = (await admin.get(`/api/transactions?filter=${encodeURIComponent('{"orderNo":"OLD"}')}`)).body[0];
    // The payment happened yesterday, at the acquirer and in the hub.
    const paidAt = Date.now() - 86_400_000;
    Object.assign(fixture.gateway.trade(fixture.credentials.appId, old.acquirerOrderNo)!, { createdAt: paidAt, paidAt });
    await t.hub.db.query(`update transactions set created_at = now() - interval '1 day', paid_at = now() - interval '1 day' where id = $1`, [old.id]);
    const refund = (await admin.post(`/api/transactions/${old.id}/refunds`, { amountFen: 800, refundNo: 'RF-OLD' })).body;
    expect(refund.state).toBe('succeeded');

    const todays = (await admin.post(`/api/merchants/${merchantId}/reconciliations`, { date: today() })).body;
    // Today: the refund, matched without its payment; the mismatches planted above are still there, nothing new.
    expect(todays.matched).toBe(5);
    expect(summarise(todays.items).some((s) => s.includes(old.acquirerOrderNo))).toBe(false);
    const yesterdays = (await admin.post(`/api/merchants/${merchantId}/reconciliations`, { date: yesterday() })).body;
    expect(yesterdays).toMatchObject({ date: yesterday(), matched: 1, mismatched: 0 });
  });

  it('serves the bill as Alipay does: a zip of GBK-encoded detail and summary files', async () => {
    const { appId } = fixture.credentials;
    // What the hub's connector downloads, fetched the same way: the link from a signed answer, then the zip.
    const links: string[] = [];
    fixture.gateway.tamper = ({ method, answer }) => {
      if (method === 'alipay.data.dataservice.bill.downloadurl.query') links.push(String(answer.bill_download_url));
      return answer;
    };
    await admin.post(`/api/merchants/${merchantId}/reconciliations`, { date: today() });
    fixture.gateway.tamper = undefined;
    // The link was used once by the hub and is gone.
    expect((await fetch(links[0]!, { dispatcher: trustingTestCa() })).status).toBe(403);
    const link = await fixture.gateway.billLink(appId, today());
    const zip = new Uint8Array(await (await fetch(link, { dispatcher: trustingTestCa() })).arrayBuffer());
    const entries = unzipSync(zip);
    const names = Object.keys(entries).map((n) => (/[^\u0000-\u00ff]/.test(n) ? n : new TextDecoder('gbk').decode(Buffer.from(n, 'latin1'))));
    expect(names.sort()).toEqual([`${appId}_${today().replaceAll('-', '')}_业务明细(汇总).csv`, `${appId}_${today().replaceAll('-', '')}_业务明细.csv`]);
    for (const bytes of Object.values(entries)) {
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
      expect(new TextDecoder('gbk').decode(bytes)).toMatch(/^#支付宝业务(明细|汇总)查询/);
    }
  });

  it('answers 409 for a day whose bill is not out yet, 400 for a date that is not one', async () => {
    const early = await admin.post(`/api/merchants/${merchantId}/reconciliations`, { date: tomorrow() });
    expect(early.status).toBe(409);
    expect(early.headers.get('content-type')).toContain('application/problem+json');
    expect((await admin.post(`/api/merchants/${merchantId}/reconciliations`, { date: '25/11/2026' })).status).toBe(400);
    expect((await admin.post(`/api/merchants/${merchantId}/reconciliations`, { date: '2026-02-30' })).status).toBe(400);
  });

  it('keeps other tenants out', async () => {
    const other = (await (await t.api.loginRoot()).createTenant('Recon Rival')).admin;
    expect((await other.post(`/api/merchants/${merchantId}/reconciliations`, { date: today() })).status).toBe(404);
    const mine = (await admin.get(`/api/merchants/${merchantId}/reconciliations`)).body[0];
    expect((await other.get(`/api/reconciliations/${mine.id}`)).status).toBe(404);
    expect((await other.get(`/api/merchants/${merchantId}/reconciliation-runs`)).body).toEqual([]);
  });
});

describe('Alipay bill reader', () => {
  const rows: TradeBillRow[] = [
    { tradeNo: '2026001', outTradeNo: 'A1', kind: '交易', createdAt: 0, finishedAt: 0, amountFen: 1250, requestNo: '' },
    { tradeNo: '2026001', outTradeNo: 'A1', kind: '退款', createdAt: 0, finishedAt: 0, amountFen: -250, requestNo: 'R1' },
  ];
  const archive = (detail: string, summary?: string) =>
    zipSync({ 'a_20261125_业务明细.csv': iconv.encode(detail, 'gbk'), ...(summary ? { 'a_20261125_业务明细(汇总).csv': iconv.encode(summary, 'gbk') } : {}) });

  it('reads both files of the zip, tabs and all, and finds the summary in agreement', () => {
    const statement = readAlipayBillArchive(archive(tradeBillDetail('a', '2026-11-25', rows), tradeBillSummary('a', '2026-11-25', rows)));
    expect(statement.problems).toEqual([]);
    expect(statement.lines.map((l) => [l.kind, l.orderNo, l.amountFen, l.refundNo])).toEqual([
      ['payment', 'A1', 1250, ''],
      ['refund', 'A1', 250, 'R1'],
    ]);
  });

  it('reports a summary that does not add up, and a zip without one', () => {
    const summary = tradeBillSummary('a', '2026-11-25', rows).replace('合计,,1,1,10.00', '合计,,2,1,22.50');
    const wrong = readAlipayBillArchive(archive(tradeBillDetail('a', '2026-11-25', rows), summary));
    expect(wrong.problems).toEqual([expect.objectContaining({ kind: 'summary_differs' })]);
    expect(wrong.problems[0]!.reason).toContain('2 payments');
    expect(readAlipayBillArchive(archive(tradeBillDetail('a', '2026-11-25', rows))).problems).toEqual([expect.objectContaining({ kind: 'summary_differs', line: 0 })]);
    expect(() => readAlipayBillArchive(new TextEncoder().encode('not a zip'))).toThrow(/not a zip/);
  });

  it('reports unreadable lines by number and keeps the rest', () => {
    const bill = [
      '#支付宝业务明细查询',
      '支付宝交易号,商户订单号,业务类型,商品名称,订单金额（元）,退款批次号/请求号',
      '2026001\t,A1\t,交易,面,12.50,',
      '2026002,A2,交易,面,twelve,',
      '2026003,A3,转账,面,1.00,',
      '2026004,A1,退款,面,-2.50,R1\t',
      '2026005,,交易,面,1.00,',
      '#导出时间：[2026-11-25 10:00:00]',
    ].join('\r\n');
    const { lines, problems } = parseTradeBill(bill);
    expect(lines).toEqual([
      { line: 3, kind: 'payment', orderNo: 'A1', acquirerTradeNo: '2026001', amountFen: 1250, refundNo: '' },
      { line: 6, kind: 'refund', orderNo: 'A1', acquirerTradeNo: '2026004', amountFen: 250, refundNo: 'R1' },
    ]);
    expect(problems.map((u) => u.line)).toEqual([4, 5, 7]);
    expect(parseTradeBill('#only comments').problems).toEqual([{ kind: 'unreadable_line', line: 0, reason: 'no column header line' }]);
  });
});

/** Raw fetches from the test, trusting the test CA as the hub does. */
function trustingTestCa(): Agent {
  return new Agent({ connect: { ca: testTls().ca } });
}
