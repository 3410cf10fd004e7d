// A downlink the hub did not send: a Command signed with a random key, put on
// the screen's down topic as a broker bug or another client might. The broker
// itself has no way to send an unsigned or wrongly signed message (every
// downlink goes through sendDownlink's signature), so conformance mode
// publishes on the embedded broker directly. A screen that checks signatures
// drops it; one that does not runs it and reports a result for its id.
import { randomBytes, randomUUID } from 'node:crypto';
import type { DeviceBroker } from '@screenhub/broker';
import { CommandType, downlinkTopic, encodeDownlink, signDownlink } from '@screenhub/protocol';

/** Publishes a forged play_test_announcement to `deviceId`; resolves with its command id. */
export async function publishForgedCommand(broker: DeviceBroker, deviceId: string): Promise<string> {
  const commandId = randomUUID();
  const body = encodeDownlink({
    messageId: 1,
    sentAtMs: Date.now(),
    command: { commandId, type: CommandType.COMMAND_TYPE_PLAY_TEST_ANNOUNCEMENT, text: 'forged', expiresAtMs: Date.now() + 300_000 },
  });
  const payload = signDownlink(deviceId, body, randomBytes(32));
  await new Promise<void>((resolve, reject) =>
    broker.aedes.publish({ cmd: 'publish', topic: downlinkTopic(deviceId), payload, qos: 1, retain: false, dup: false }, (err?: Error) => (err ? reject(err) : resolve())),
  );
  return commandId;
}
