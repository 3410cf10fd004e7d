// A hub for the fuzz tests: the local Alipay gateway, a test hub that lets
// hostile screens send as fast as they like (the per-screen uplink rate limit
// would otherwise drop most cases before the code they aim at), and the fuzz
// scene with its victim screen. `held` turns a run into one assertion whose
// message says how to replay it.
import { expect } from 'vitest';
import { formatRun, FuzzScene, type FuzzRun } from '@screenhub/simulator/fuzz';
import { startAlipayGateway } from './alipay-fixture.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './credentials.js';
import { TestHub } from './test-hub.js';

export const FUZZ_HUB_ENV: Record<string, string> = {
  HUB_MQTT_UPLINK_RATE: '100000',
  HUB_MQTT_UPLINK_BURST: '100000',
  // Dynamic QR codes the fuzzer asks for (signed, well-formed) expire soon instead of being polled for two minutes.
  HUB_QR_TIMEOUT_MS: '3000',
};

export interface FuzzHub {
  t: TestHub;
  scene: FuzzScene;
  stop(): Promise<void>;
}

export async function startFuzzHub(options: { hostileScreens: number }): Promise<FuzzHub> {
  const gateway = await startAlipayGateway();
  const t = await TestHub.start({ ...gateway.hubEnv, ...FUZZ_HUB_ENV });
  const scene = await FuzzScene.setUp({
    httpUrl: t.hub.httpUrl,
    mqttUrl: t.hub.mqttUrl,
    root: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
    alipayCredentials: gateway.credentials,
    hostileScreens: options.hostileScreens,
  });
  return {
    t,
    scene,
    async stop() {
      scene.stop();
      await t.stop();
      await gateway.gateway.close();
    },
  };
}

/** Logs the run and asserts that no case failed; the failure names the seed to replay. */
export function expectHeld(run: FuzzRun, file: string): void {
  console.log(formatRun(run));
  expect(run.failure, `replay with FUZZ_SEED=${run.seed} npx vitest run ${file}\n${run.failure}`).toBeUndefined();
}
