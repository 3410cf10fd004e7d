import { describe, expect, it } from 'vitest';
import {
  decodeDownlink,
  decodeUplink,
  encodeDownlink,
  encodeUplink,
  NetworkType,
  parseDeviceTopic,
  ProtocolError,
  Uplink,
  uplinkTopic,
  downlinkTopic,
  hub,
} from '../src/index.js';

describe('envelopes', () => {
  it('round-trips a heartbeat uplink with 64-bit fields as numbers', () => {
    const sentAtMs = Date.UTC(2026, 10, 25, 12, 0, 0);
    const bytes = encodeUplink({
      messageId: 7,
      sentAtMs,
      heartbeat: {
        uptimeS: 3600,
        rssiDbm: -71,
        networkType: NetworkType.NETWORK_TYPE_CELLULAR_4G,
        temperatureDc: 415,
        freeStorageBytes: 6_000_000_000,
        freeMemoryBytes: 120_000_000,
        appVersion: '2.4.1',
      },
    });
    const decoded = decodeUplink(bytes);
    expect(decoded.body).toBe('heartbeat');
    expect(decoded.sentAtMs).toBe(sentAtMs);
    expect(decoded.heartbeat?.freeStorageBytes).toBe(6_000_000_000);
    expect(decoded.heartbeat?.rssiDbm).toBe(-71);
  });

  it('round-trips a welcome downlink', () => {
    const decoded = decodeDownlink(
      encodeDownlink({ messageId: 1, sentAtMs: 5, replyTo: 4, welcome: { serverTimeMs: 5, heartbeatIntervalS: 30, deviceId: 'd1' } }),
    );
    expect(decoded.body).toBe('welcome');
    expect(decoded.welcome?.heartbeatIntervalS).toBe(30);
  });

  it('rejects garbage and bodiless envelopes with ProtocolError', () => {
    expect(() => decodeUplink(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]))).toThrow(ProtocolError);
    expect(() => decodeUplink(Buffer.from('not protobuf at all, just text'))).toThrow(ProtocolError);
    expect(() => decodeUplink(encodeUplink({ messageId: 1 }))).toThrow(/no known body/);
  });

  it('ignores fields it does not know (forward compatibility)', () => {
    const known = encodeUplink({ messageId: 3, hello: { model: 'P10', appVersion: '1.0.0' } });
    // Field 99, varint 1: what a newer screen might add to the envelope.
    const withUnknown = Buffer.concat([Buffer.from(known), Buffer.from([0x98, 0x06, 0x01])]);
    const decoded = decodeUplink(withUnknown);
    expect(decoded.hello?.model).toBe('P10');
    expect(Uplink.encode(decoded).finish().length).toBeGreaterThan(0);
  });

  it('keeps field numbers stable (wire compatibility with deployed screens)', () => {
    const fields = (name: string) =>
      Object.fromEntries(Object.entries(hubTypeFields(name)).map(([k, v]) => [k, v]));
    expect(fields('Uplink')).toMatchObject({ messageId: 1, sentAtMs: 2, hello: 10, heartbeat: 11 });
    expect(fields('Heartbeat')).toMatchObject({ uptimeS: 1, rssiDbm: 2, networkType: 3, temperatureDc: 4, freeStorageBytes: 5, freeMemoryBytes: 6, appVersion: 7 });
  });
});

/** Field numbers as the encoder writes them: encode each field alone and read its tag. */
function hubTypeFields(name: 'Uplink' | 'Heartbeat' | string): Record<string, number> {
  const samples: Record<string, Record<string, unknown>> = {
    Uplink: { messageId: 1, sentAtMs: 1, hello: {}, heartbeat: {} },
    Heartbeat: { uptimeS: 1, rssiDbm: 1, networkType: 1, temperatureDc: 1, freeStorageBytes: 1, freeMemoryBytes: 1, appVersion: 'x' },
  };
  const type = (hub.v1 as unknown as Record<string, { encode(m: unknown): { finish(): Uint8Array } }>)[name]!;
  const result: Record<string, number> = {};
  for (const [field, value] of Object.entries(samples[name] ?? {})) {
    const bytes = type.encode({ [field]: value }).finish();
    result[field] = bytes[0]! < 0x80 ? bytes[0]! >> 3 : ((bytes[0]! & 0x7f) | (bytes[1]! << 7)) >> 3;
  }
  return result;
}

describe('topics', () => {
  it('builds and parses the two device topics', () => {
    expect(uplinkTopic('scr-1')).toBe('dev/scr-1/up');
    expect(downlinkTopic('scr-1')).toBe('dev/scr-1/down');
    expect(parseDeviceTopic('dev/scr-1/up')).toEqual({ deviceId: 'scr-1', direction: 'up' });
  });

  it('rejects wildcards, extra levels and foreign prefixes', () => {
    for (const topic of ['#', 'dev/+/up', 'dev/a/up/x', 'dev/a/sideways', 'other/a/up', 'dev//up']) {
      expect(parseDeviceTopic(topic)).toBeNull();
    }
  });
});
