// What every fuzz run stands on, set up through the hub's own API: a tenant
// with its admin, an Alipay merchant (on the local gateway), hostile screens
// for the generators, and a victim screen connected throughout. After each
// batch the scene checks what must still hold: the hub answers, the victim got
// only downlinks the hub signed and was never disconnected, live state is
// still written (a heartbeat shows up in the stored history), and a screen
// still pays and connects.
import { randomBytes } from 'node:crypto';
import { PayStatus } from '@screenhub/protocol';
import { ScreenClient } from '../screen-client.js';
import { metricValue } from '../hub-process.js';
import { OperatorApi } from './operator-api.js';
import type { ScreenCredentials } from './screen-connection.js';

export interface FuzzSceneOptions {
  httpUrl: string;
  mqttUrl: string;
  /** A root admin: makes the scene's tenant. */
  root: { email: string; password: string };
  /** An Alipay merchant's credentials on a gateway the hub allows (the local gateway). */
  alipayCredentials: object;
  /** Hostile screens to provision (one per lane of the MQTT generators). */
  hostileScreens: number;
}

/** Ids the list endpoints' path parameters can take: by parameter name (`deviceId`), and by the collection they follow (`/api/devices/{id}` → devices). */
export type PathIds = Record<string, string>;

const PAY_TIMEOUT_MS = 20_000;
const REFLECTED_TIMEOUT_MS = 15_000;

export class FuzzScene {
  /** Disconnections of the victim since the scene started: a hostile client must never cause one. */
  victimDisconnects = 0;
  private checks = 0;
  private busy: NodeJS.Timeout | undefined;

  private constructor(
    readonly options: FuzzSceneOptions,
    readonly admin: OperatorApi,
    readonly victim: ScreenClient,
    readonly victimId: string,
    readonly hostiles: ScreenCredentials[],
    private readonly latecomer: ScreenCredentials,
    readonly pathIds: PathIds,
  ) {
    victim.on('disconnected', () => this.victimDisconnects++);
  }

  static async setUp(options: FuzzSceneOptions): Promise<FuzzScene> {
    const root = await OperatorApi.login(options.httpUrl, options.root);
    const suffix = randomBytes(4).toString('hex');
    const adminLogin = { email: `fuzz-${suffix}@fuzz.test`, password: `fuzz admin ${suffix}` };
    await root.ok('POST', '/api/tenants', { name: `Fuzz Bank ${suffix}`, admin: adminLogin });
    const admin = await OperatorApi.login(options.httpUrl, adminLogin);
    const merchant = await admin.ok<{ id: string }>('POST', '/api/merchants', { name: 'Fuzz Mart', acquirer: 'alipay', credentials: options.alipayCredentials });
    const screen = async (name: string): Promise<ScreenCredentials> => {
      const device = await admin.ok<{ id: string; secret: string; paymentKey: string }>('POST', '/api/devices', { name });
      await admin.ok('PUT', `/api/devices/${device.id}`, { merchantId: merchant.id });
      return device;
    };
    const victimDevice = await screen('victim');
    const latecomer = await screen('latecomer');
    const hostiles: ScreenCredentials[] = [];
    for (let i = 0; i < options.hostileScreens; i++) hostiles.push(await screen(`hostile ${i}`));

    const victim = new ScreenClient({ url: options.mqttUrl, deviceId: victimDevice.id, secret: victimDevice.secret, paymentKey: victimDevice.paymentKey, reconnect: false, heartbeat: false });
    await victim.connect();
    const paid = await victim.pay({ orderNo: `FUZZ-SETUP-${suffix}`, amountFen: 100, authCode: successCode() }, PAY_TIMEOUT_MS);
    if (paid.status !== PayStatus.PAY_STATUS_SUCCEEDED) throw new Error(`the scene's first payment did not succeed: ${JSON.stringify(paid)}`);
    const group = await admin.ok<{ id: string }>('POST', '/api/groups', { name: 'fuzz', kind: 'static' });
    const store = await admin.ok<{ id: string }>('POST', '/api/stores', { merchantId: merchant.id, name: 'Fuzz street' });
    const pathIds: PathIds = {
      devices: victimDevice.id,
      deviceId: victimDevice.id,
      merchants: merchant.id,
      merchantId: merchant.id,
      transactions: paid.transactionId ?? '',
      transactionId: paid.transactionId ?? '',
      groups: group.id,
      groupId: group.id,
      stores: store.id,
      storeId: store.id,
    };
    return new FuzzScene(options, admin, victim, victimDevice.id, hostiles, latecomer, pathIds);
  }

  /**
   * While the generators run, the victim says Hello every `intervalMs` and the hub answers with a Welcome: traffic
   * on the victim's down topic that a subscription leaked to a hostile screen would show at once.
   */
  keepVictimBusy(intervalMs = 100): void {
    this.busy ??= setInterval(() => void this.victim.sendHello().catch(() => undefined), intervalMs);
  }

  stopVictimTraffic(): void {
    clearInterval(this.busy);
    this.busy = undefined;
  }

  /** Every oracle on the hub as a whole; the failures, in words (empty when all hold). */
  async checkHub(): Promise<string[]> {
    const failures: string[] = [];
    const check = async (name: string, run: () => Promise<string | undefined>) => {
      try {
        const failure = await run();
        if (failure) failures.push(`${name}: ${failure}`);
      } catch (err) {
        failures.push(`${name}: ${(err as Error).message}`);
      }
    };
    const n = ++this.checks;
    await check('health', async () => {
      const health = await this.admin.call('GET', '/healthz');
      if (health.status !== 200) return `/healthz answered ${health.status}`;
      const ready = await this.admin.call<{ status: string; checks?: Record<string, string> }>('GET', '/readyz');
      if (ready.status !== 200 || ready.body.status !== 'ready') return `/readyz answered ${ready.status} ${ready.text.slice(0, 300)}`;
      return undefined;
    });
    await check('live-state flush', async () => {
      const metrics = await this.admin.call<string>('GET', '/metrics');
      return metricValue(metrics.text, 'hub_live_state_flush_failing') !== 0 ? 'hub_live_state_flush_failing is 1' : undefined;
    });
    await check('victim', async () => {
      const refused = this.victim.downlinksRefused;
      if (refused.unsigned + refused.bad_signature > 0) return `refused downlinks that reached it: ${JSON.stringify(refused)}`;
      if (this.victimDisconnects > 0 || !this.victim.connected) return `disconnected ${this.victimDisconnects} time(s)`;
      return undefined;
    });
    // A heartbeat with a value no other screen sends, looked for in the history the flusher writes (not in memory).
    await check('heartbeat stored', async () => {
      const marker = 1_000_000 + n;
      await this.victim.sendHeartbeat({ uptimeS: marker });
      const deadline = Date.now() + REFLECTED_TIMEOUT_MS;
      for (;;) {
        const buckets = await this.admin.ok<Array<{ uptimeMaxS: number | null }>>('GET', `/api/devices/${this.victimId}/heartbeats?bucketSeconds=86400`);
        if (buckets.some((b) => (b.uptimeMaxS ?? 0) >= marker)) return undefined;
        if (Date.now() > deadline) return `a heartbeat (uptime ${marker}) was not in the stored history after ${REFLECTED_TIMEOUT_MS} ms`;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
    await check('victim pays', async () => this.pays(this.victim, `FUZZ-V${n}`));
    // A screen connecting now, as after a power cut: the broker still lets it in, and it pays and heartbeats.
    await check('latecomer', async () => {
      const { id, secret, paymentKey } = this.latecomer;
      const screen = new ScreenClient({ url: this.options.mqttUrl, deviceId: id, secret, paymentKey, reconnect: false, heartbeat: false });
      try {
        await screen.connect();
        await screen.sendHeartbeat();
        return await this.pays(screen, `FUZZ-L${n}`);
      } finally {
        screen.kill();
      }
    });
    return failures;
  }

  stop(): void {
    this.stopVictimTraffic();
    this.victim.kill();
  }

  private async pays(screen: ScreenClient, orderNo: string): Promise<string | undefined> {
    const result = await screen.pay({ orderNo: `${orderNo}-${Date.now()}`, amountFen: 1250, authCode: successCode() }, PAY_TIMEOUT_MS);
    return result.status === PayStatus.PAY_STATUS_SUCCEEDED ? undefined : `payment ended ${result.status} (${result.failureReason})`;
  }
}

/** An auth code the local gateway pays at once (it ends in 10, not in a forced scenario). */
function successCode(): string {
  return `28${String(Date.now()).slice(-12)}${String(Math.floor(Math.random() * 100)).padStart(2, '0')}10`;
}
