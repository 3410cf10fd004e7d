// The set-up every payment test needs: a local acquirer gateway, a hub, a
// tenant with its admin, a merchant on that acquirer, and one connected screen
// assigned to the merchant, holding its payment key.
import type { GatewayBehaviour, ScreenClient } from '@screenhub/simulator';
import { startAlipayGateway } from './alipay-fixture.js';
import type { ApiClient } from './api-client.js';
import type { HubOptions } from '../../src/index.js';
import { TestHub } from './test-hub.js';
import { startWechatGateway, type ClientCertificateChoice } from './wechat-fixture.js';

export interface SceneOptions {
  tenant: string;
  hubEnv?: Record<string, string>;
  hubOptions?: HubOptions;
  behaviour?: Partial<GatewayBehaviour>;
  /** WeChat merchants: which API client certificate the merchant holds (its own by default). */
  clientCertificate?: ClientCertificateChoice;
}

export interface PaymentScene<Fixture> {
  t: TestHub;
  fixture: Fixture;
  admin: ApiClient;
  /** The merchant as POST /api/merchants answered. */
  merchant: { id: string; [field: string]: unknown };
  deviceId: string;
  screen: ScreenClient;
  /** The number the hub gave the acquirer for this screen's order (undefined when no transaction exists). */
  acquirerOrderNo(orderNo: string): Promise<string | undefined>;
  stop(): Promise<void>;
}

/** A scene on any gateway the test brings (`fixture.credentials` as the merchant holds them, `fixture.hubEnv` to trust and allow it). */
export async function sceneWith<Fixture extends { credentials: object; hubEnv?: Record<string, string>; gateway: { close(): Promise<void> } }>(
  fixture: Fixture,
  acquirer: 'alipay' | 'wechat',
  options: SceneOptions,
): Promise<PaymentScene<Fixture>> {
  const t = await TestHub.start({ ...fixture.hubEnv, ...options.hubEnv }, options.hubOptions);
  const admin = (await (await t.api.loginRoot()).createTenant(options.tenant)).admin;
  const created = await admin.post('/api/merchants', { name: `${options.tenant} merchant`, acquirer, credentials: fixture.credentials });
  if (created.status !== 201) throw new Error(`create merchant failed: ${created.status} ${JSON.stringify(created.body)}`);
  const device = await admin.createDevice();
  await admin.put(`/api/devices/${device.id}`, { merchantId: created.body.id });
  const screen = t.screen(device, { paymentKey: device.paymentKey });
  await screen.connect();
  return {
    t,
    fixture,
    admin,
    merchant: created.body,
    deviceId: device.id,
    screen,
    async acquirerOrderNo(orderNo) {
      const list = await admin.get(`/api/transactions?filter=${encodeURIComponent(JSON.stringify({ deviceId: device.id, orderNo }))}`);
      return (list.body as Array<{ acquirerOrderNo: string }>)[0]?.acquirerOrderNo;
    },
    async stop() {
      await t.stop();
      await fixture.gateway.close();
    },
  };
}

export async function alipayScene(options: SceneOptions) {
  return sceneWith(await startAlipayGateway(options.behaviour), 'alipay', options);
}

export async function wechatScene(options: SceneOptions) {
  return sceneWith(await startWechatGateway(options.behaviour, { clientCertificate: options.clientCertificate }), 'wechat', options);
}
