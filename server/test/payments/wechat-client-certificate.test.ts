// A WeChat Pay merchant stored without its API client certificate: payments go
// through (no certificate outside /secapi), but WeChat refuses reverse and
// refund (CERT_ERROR), and the hub says so honestly: the refund fails with
// WeChat's reason and moves no money; a payment that must be reversed stays
// `cancelling` (never `cancelled`, never told to the screen as such) and the
// reverse is retried.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayStatus } from '@screenhub/protocol';
import type { ScreenClient } from '@screenhub/simulator';
import type { ApiClient } from '../support/api-client.js';
import { wechatScene } from '../support/payment-scene.js';
import { eventually } from '../support/test-hub.js';

let scene: Awaited<ReturnType<typeof wechatScene>>;
let fixture: Awaited<ReturnType<typeof wechatScene>>['fixture'];
let admin: ApiClient;
let screen: ScreenClient;

beforeAll(async () => {
  scene = await wechatScene({
    tenant: 'Certless Bank',
    clientCertificate: 'none',
    hubEnv: { HUB_ACQUIRER_TIMEOUT_MS: '400', HUB_PAY_POLL_INTERVAL_MS: '100', HUB_PAY_TIMEOUT_MS: '800' },
  });
  ({ fixture, admin, screen } = scene);
});
afterAll(async () => scene?.stop());

async function transactionOf(orderNo: string) {
  const id = (await admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify({ orderNo }))}`)).body[0]?.id;
  return id ? (await admin.get(`/api/transactions/${id}`)).body : undefined;
}

describe('a WeChat merchant without its API client certificate', () => {
  it('refund: failed with WeChat\'s CERT_ERROR, no money moved', async () => {
    expect((await screen.pay({ orderNo: 'NC1', amountFen: 500, authCode: '134567890123456710' })).status).toBe(PayStatus.PAY_STATUS_SUCCEEDED);
    const tx = await transactionOf('NC1');
    const refund = await admin.post(`/api/transactions/${tx.id}/refunds`, { amountFen: 200 });
    expect(refund.status).toBe(201);
    expect(refund.body).toMatchObject({ state: 'failed', failureReason: 'CERT_ERROR', amountFen: 200 });
    expect(await transactionOf('NC1')).toMatchObject({ state: 'succeeded', refundedFen: 0 });
    expect(fixture.gateway.trades.get(tx.acquirerOrderNo)!.refunds.size).toBe(0);
  });

  it('reverse: refused for the certificate, the payment needs a person (alerted), is never called cancelled, and is not retried in a loop', async () => {
    // 93: the buyer never confirms, so the hub must reverse at the pay timeout.
    await screen.publish({ payRequest: screen.payRequest({ orderNo: 'NC2', amountFen: 300, authCode: '134567890123456793' }) });
    const acquirerNo = await eventually(() => scene.acquirerOrderNo('NC2'));
    const reverses = () => fixture.gateway.requests.filter((r) => r.path === '/secapi/pay/reverse' && r.outTradeNo === acquirerNo).length;
    const tx = await eventually(async () => {
      const found = await transactionOf('NC2');
      return found.state === 'needs_attention' ? found : undefined;
    }, 15_000, 100);
    expect(tx.failureReason).toBe('CERT_ERROR');
    expect(tx.events.map((e: { toState: string }) => e.toState)).not.toContain('cancelled');
    expect(fixture.gateway.trades.get(acquirerNo)?.state).toBe('USERPAYING');
    // Where operators look: an alert on the transaction.
    const alerts = await scene.admin.get(`/api/alerts?filter=${encodeURIComponent(JSON.stringify({ transactionId: tx.id }))}`);
    expect(alerts.body).toHaveLength(1);
    // The sweeper (every second here) leaves it alone: one reverse, not a loop.
    const seen = reverses();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(reverses()).toBe(seen);
  });
});
