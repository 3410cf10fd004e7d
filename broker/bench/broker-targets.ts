// The brokers the broker benchmark compares, each run in its own process by
// `target-main.ts`: the hub's broker layer (DeviceBroker: device
// authentication, ACL, per-device rate limit, frame limit, uplink decoding and
// dispatch), bare aedes (the same aedes, nothing added), and Mosquitto
// (Debian's package) started by the benchmark itself.
import net from 'node:net';
import { Aedes } from 'aedes';
import pino from 'pino';
import { Registry } from 'prom-client';
import { DeviceBroker, type AuthDecision } from '../src/index.js';

const BENCH_DOWNLINK_KEY = Buffer.alloc(32, 1);

export type TargetName = 'hub' | 'aedes';

export async function startTarget(name: TargetName, port: number): Promise<{ uplinks: () => number }> {
  if (name === 'aedes') {
    const aedes = new Aedes();
    await aedes.listen();
    let uplinks = 0;
    aedes.on('publish', (packet, client) => {
      if (client) uplinks++;
    });
    await new Promise<void>((resolve) => net.createServer({ noDelay: true }, aedes.handle).listen(port, '127.0.0.1', resolve));
    return { uplinks: () => uplinks };
  }
  let uplinks = 0;
  const broker = await DeviceBroker.create({
    // Every screen id with the password "bench" is a device of one tenant: the hook runs, no database behind it.
    authenticator: {
      verify: async (deviceId, secret): Promise<AuthDecision> =>
        secret.toString() === 'bench' ? { ok: true, identity: { deviceId, tenantId: 'bench' } } : { ok: false, reason: 'bad_secret' },
    },
    // The benchmark measures uplinks and sends no downlink; the broker needs a key source all the same.
    downlinkKeys: { downlinkKey: async () => BENCH_DOWNLINK_KEY },
    uplinks: { handleUplink: () => void uplinks++ },
    presence: { handlePresence: () => undefined },
    logger: pino({ level: 'warn' }),
    metricsRegistry: new Registry(),
    // The load generator paces nothing: the per-device limit must not be what is measured.
    limits: { uplinkRatePerSecond: 1_000_000, uplinkBurst: 1_000_000 },
  });
  await broker.listenTcp(port, '127.0.0.1');
  return { uplinks: () => uplinks };
}
