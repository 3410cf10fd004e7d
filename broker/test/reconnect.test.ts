// The simulator's screen client comes back by itself, with backoff, after the
// hub drops it; and it can be told to stay down.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { BrokerFixture } from './support/broker-fixture.js';

let hub: BrokerFixture;
beforeEach(async () => {
  hub = await new BrokerFixture().start();
});
afterEach(async () => hub.stop());

it('reconnects and says Hello again after the hub disconnects it', async () => {
  const device = hub.registry.add('screen-1');
  const screen = hub.screen(device, { reconnect: { initialDelayMs: 50, maxDelayMs: 200 } });
  await screen.connect();
  const helloAgain = hub.nextUplink('screen-1', (e) => e.kind === 'hello');
  const welcomedAgain = new Promise((resolve) => screen.once('welcome', resolve));
  await hub.broker.disconnect('screen-1');
  await helloAgain;
  await welcomedAgain;
  expect(hub.broker.isConnected('screen-1')).toBe(true);
});

it('keeps retrying while refused, and gets in once the hub accepts it again', async () => {
  const device = hub.registry.add('screen-1');
  const screen = hub.screen(device, { reconnect: { initialDelayMs: 20, maxDelayMs: 100 } });
  await screen.connect();
  hub.registry.devices.get('screen-1')!.blocked = true;
  await hub.broker.disconnect('screen-1');
  // Refused at least twice while blocked…
  const metricAfter = async (n: number) => {
    while ((await hub.metric('hub_mqtt_auth_failures_total', { reason: 'blocked' })) < n) await new Promise((r) => setTimeout(r, 20));
  };
  await metricAfter(2);
  const back = hub.nextPresence('screen-1', true);
  hub.registry.devices.get('screen-1')!.blocked = false;
  // …then back.
  await back;
});
