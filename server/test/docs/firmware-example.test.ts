// The README's shortest screen (simulator/examples/minimal-screen.ts) takes a
// real payment through a hub and the local Alipay gateway, as written: a
// firmware team that copies it starts from something that works.
import { PayStatus } from '@screenhub/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payOnce } from '../../../simulator/examples/minimal-screen.js';
import { alipayScene } from '../support/payment-scene.js';

let scene: Awaited<ReturnType<typeof alipayScene>>;
beforeAll(async () => {
  scene = await alipayScene({ tenant: 'Example Bank' });
});
afterAll(async () => scene?.stop());

describe("the README's minimal screen", () => {
  it('pays and hears the amount back', async () => {
    const device = await scene.admin.createDevice();
    await scene.admin.put(`/api/devices/${device.id}`, { merchantId: scene.merchant.id });
    const result = await payOnce({ url: scene.t.hub.mqttUrl, deviceId: device.id, secret: device.secret, paymentKey: device.paymentKey }, { orderNo: 'EXAMPLE-1', amountFen: 1250, authCode: '280000000000000188' });
    expect(result).toMatchObject({ orderNo: 'EXAMPLE-1', status: PayStatus.PAY_STATUS_SUCCEEDED, speech: '支付宝收款12.50元' });
  });
});
