// The hub caches each device's tenant, merchant, status and keys (one lookup per
// CONNECT or PayRequest would be a query per payment). A change made anywhere,
// here by SQL as another hub process or an operator in psql would, reaches the
// cache through PostgreSQL's NOTIFY (migration 0027): the next PayRequest pays
// into the new merchant's account, the next CONNECT of a blocked screen is
// refused. On a server, notices lost while the listening connection was down
// empty the cache when it listens again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayStatus } from '@screenhub/protocol';
import { newAlipayAppId } from '@screenhub/simulator';
import { rsaKeyPair } from '../support/alipay-fixture.js';
import { alipayScene, type PaymentScene } from '../support/payment-scene.js';
import { eventually } from '../support/test-hub.js';

let scene: PaymentScene<Awaited<ReturnType<typeof alipayScene>>['fixture']>;
/** A second merchant of the same tenant, with its own Alipay app on the same gateway. */
let second: { id: string; appId: string };
let n = 0;
const order = () => `MOVE${Date.now()}${n++}`;
const payingCode = () => `28${String(Date.now()).slice(-12)}0110`;

beforeAll(async () => {
  scene = (await alipayScene({ tenant: 'Moving Bank' })) as typeof scene;
  const appKeys = rsaKeyPair();
  const appId = newAlipayAppId();
  scene.fixture.gateway.registerApp({ appId, appPublicKey: appKeys.publicKey });
  const credentials = { ...scene.fixture.credentials, appId, privateKey: appKeys.privateKey };
  const created = await scene.admin.post('/api/merchants', { name: 'second counter', acquirer: 'alipay', credentials });
  expect(created.status).toBe(201);
  second = { id: created.body.id, appId };
});
afterAll(async () => scene?.stop());

/** What this process would take the device's next PayRequest with. */
const cachedMerchant = async () => (await scene.t.hub.app.devices.authenticator.paymentContext(scene.deviceId))?.merchantId;
/** A change made behind this process's back: no call into it, as from another hub process. */
const setMerchantBySql = (merchantId: string) => scene.t.hub.db.query('update devices set merchant_id = $1 where id = $2', [merchantId, scene.deviceId]);

async function payAndFindApp(): Promise<string | undefined> {
  const orderNo = order();
  const result = await scene.screen.pay({ orderNo, amountFen: 300, authCode: payingCode() });
  expect(result.status).toBe(PayStatus.PAY_STATUS_SUCCEEDED);
  const acquirerOrderNo = await scene.acquirerOrderNo(orderNo);
  return [scene.fixture.credentials.appId, second.appId].find((appId) => scene.fixture.gateway.trade(appId, acquirerOrderNo!));
}

describe('a device changed behind the hub process', () => {
  it('pays into the account of the merchant it was moved to, from the next PayRequest', async () => {
    expect(await payAndFindApp()).toBe(scene.fixture.credentials.appId);
    expect(await cachedMerchant()).toBe(scene.merchant.id);

    await setMerchantBySql(second.id);
    await eventually(async () => (await cachedMerchant()) === second.id);
    expect(await payAndFindApp()).toBe(second.appId);
  });

  it('is refused at its next CONNECT once blocked, and taken again once active', async () => {
    const device = await scene.admin.createDevice();
    await scene.t.screen(device).connect();
    await scene.t.hub.db.query(`update devices set status = 'blocked' where id = $1`, [device.id]);
    await eventually(async () => (await scene.t.screen(device).connect().then(() => false, (err) => err.returnCode === 5)) || undefined);
    await scene.t.hub.db.query(`update devices set status = 'active' where id = $1`, [device.id]);
    await eventually(async () => (await scene.t.screen(device).connect().then(() => true, () => false)) || undefined);
  });

  it('is read again after notices were lost with the listening connection (PostgreSQL server)', async (context) => {
    if (scene.t.kind !== 'postgres') return context.skip();
    await setMerchantBySql(scene.merchant.id);
    await eventually(async () => (await cachedMerchant()) === scene.merchant.id);

    // The listening backend is gone (waited for), so the change below is announced to nobody in this process.
    const { rows } = await scene.t.hub.db.query<{ gone: boolean }>(
      `select pg_terminate_backend(pid, 5000) as gone from pg_stat_activity where datname = current_database() and query ilike 'listen %'`,
    );
    expect(rows).toEqual([{ gone: true }]);
    await setMerchantBySql(second.id);
    // Listening again, the hub cannot know what it missed: it forgets every cached device.
    await eventually(async () => (await cachedMerchant()) === second.id);
    expect(await payAndFindApp()).toBe(second.appId);
  });
});
