// MQTT topic layout shared by screens, broker and hub: each device owns exactly
// two topics, one per direction.

/** Device ids are 1–64 characters of [A-Za-z0-9_-]: safe as MQTT client id, topic level and URL segment. */
export const DEVICE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export type TopicDirection = 'up' | 'down';

/** Topic a screen publishes its uplinks to. */
export function uplinkTopic(deviceId: string): string {
  return `dev/${deviceId}/up`;
}

/** Topic a screen subscribes to for downlinks. */
export function downlinkTopic(deviceId: string): string {
  return `dev/${deviceId}/down`;
}

export interface DeviceTopic {
  deviceId: string;
  direction: TopicDirection;
}

/** Parses `dev/{deviceId}/{up|down}`; anything else (wildcards included) is null. */
export function parseDeviceTopic(topic: string): DeviceTopic | null {
  const parts = topic.split('/');
  if (parts.length !== 3 || parts[0] !== 'dev') return null;
  const [, deviceId, direction] = parts as [string, string, string];
  if (!DEVICE_ID_PATTERN.test(deviceId)) return null;
  if (direction !== 'up' && direction !== 'down') return null;
  return { deviceId, direction };
}
