// Every downlink is signed by the hub, and the reference screen (the
// simulator's ScreenClient) acts on nothing else. Forgeries are put on a
// screen's down topic in process, through aedes itself, as a broker bug would:
// unsigned, signed with another screen's key, a downlink the hub signed for
// another screen, or the hub's signature over changed bytes. The screen refuses and counts each; what sendDownlink signs,
// it acts on.
import { once } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandType, deriveDownlinkKey, downlinkTopic, encodeDownlink, PayStatus, signDownlink, type DownlinkProps } from '@screenhub/protocol';
import type { ScreenClient } from '@screenhub/simulator';
import { BrokerFixture } from './support/broker-fixture.js';

let hub: BrokerFixture;
let screen: ScreenClient;
let commandResults: string[];

beforeEach(async () => {
  hub = await new BrokerFixture().start();
  screen = hub.screen(hub.registry.add('screen-v'));
  await screen.connect();
  commandResults = [];
  hub.events.on('uplink', (event) => event.kind === 'commandResult' && commandResults.push(event.message.commandResult!.commandId!));
});
afterEach(async () => hub.stop());

/** Puts bytes on the screen's down topic the way only a broker bug could: past sendDownlink, straight into aedes. */
function injectDownlink(payload: Buffer): Promise<void> {
  return new Promise((resolve, reject) =>
    hub.broker.aedes.publish({ cmd: 'publish', topic: downlinkTopic('screen-v'), payload, qos: 1, retain: false, dup: false }, (err?: Error) => (err ? reject(err) : resolve())),
  );
}

const reboot = (commandId: string): DownlinkProps => ({ messageId: 50, sentAtMs: Date.now(), command: { commandId, type: CommandType.COMMAND_TYPE_REBOOT } });
const paid = (orderNo: string, amountFen: number): DownlinkProps => ({
  messageId: 51,
  sentAtMs: Date.now(),
  payResult: { orderNo, status: PayStatus.PAY_STATUS_SUCCEEDED, amountFen, speech: `收款${amountFen / 100}元` },
});
const anotherScreensKey = () => deriveDownlinkKey(Buffer.from(hub.registry.add('screen-a').paymentKey, 'base64url'));

describe('a screen acts only on downlinks the hub signed for it', () => {
  it.each([
    ['unsigned', () => Buffer.from(encodeDownlink(reboot('forged-1'))), 'unsigned'],
    ['signed with another screen\'s key', () => signDownlink('screen-v', encodeDownlink(reboot('forged-1')), anotherScreensKey()), 'bad_signature'],
    ['that the hub signed for another screen', () => signDownlink('screen-a', encodeDownlink(reboot('forged-1')), anotherScreensKey()), 'bad_signature'],
  ] as const)('refuses and counts a forged Command %s', async (_label, forge, reason) => {
    const commands: string[] = [];
    screen.on('command', (command) => commands.push(command.commandId!));
    const refused = once(screen, 'downlinkRefused');
    await injectDownlink(forge());
    expect(await refused).toEqual([reason]);
    expect(screen.downlinksRefused[reason]).toBe(1);

    // The same command signed by the hub is carried out and reported; the forged one never was.
    const result = hub.nextUplink('screen-v', (event) => event.kind === 'commandResult');
    await hub.broker.sendDownlink('screen-v', reboot('genuine-1'));
    await result;
    expect(commands).toEqual(['genuine-1']);
    expect(commandResults[0]).toBe('genuine-1');
    expect(commandResults).not.toContain('forged-1');
  });

  it('refuses a PayResult announcing money that never arrived, and takes the hub\'s own for the same order', async () => {
    const result = screen.payResult('ORD-1', 10_000);
    const refused = once(screen, 'downlinkRefused');
    await injectDownlink(signDownlink('screen-v', encodeDownlink(paid('ORD-1', 999_900)), anotherScreensKey()));
    await refused;

    // The hub's signature does not carry over to changed bytes either.
    const tampered = signDownlink('screen-v', encodeDownlink(paid('ORD-1', 100)), (await hub.registry.downlinkKey('screen-v'))!);
    tampered[6]! ^= 1;
    const refusedAgain = once(screen, 'downlinkRefused');
    await injectDownlink(tampered);
    expect(await refusedAgain).toEqual(['bad_signature']);
    expect(screen.downlinksRefused).toEqual({ unsigned: 0, bad_signature: 2 });

    await hub.broker.sendDownlink('screen-v', paid('ORD-1', 1250));
    expect(await result).toMatchObject({ orderNo: 'ORD-1', status: PayStatus.PAY_STATUS_SUCCEEDED, amountFen: 1250 });
  });

  it('sends nothing to a screen the hub has no key for, and counts it', async () => {
    hub.registry.devices.get('screen-v')!.downlinkKey = undefined;
    await hub.broker.sendDownlink('screen-v', reboot('unsignable'));
    expect(await hub.metric('hub_mqtt_downlinks_unsent_total', { kind: 'command', reason: 'no_key' })).toBe(1);
    expect(await hub.metric('hub_mqtt_messages_out_total', { kind: 'command' })).toBe(0);
  });
});
