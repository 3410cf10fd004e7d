// The seams between the broker and whoever embeds it (the hub server, or a test).
// The broker never imports the server: it is handed these interfaces.
import type { DecodedUplink, UplinkKind } from '@screenhub/protocol';

/** Who a connected screen is, as the authenticator established at CONNECT. */
export interface DeviceIdentity {
  deviceId: string;
  tenantId: string;
}

export type AuthRefusal = 'unknown_device' | 'bad_secret' | 'blocked';

export type AuthDecision = { ok: true; identity: DeviceIdentity } | { ok: false; reason: AuthRefusal };

/** Decides whether a device id and secret may connect. Called once per CONNECT. */
export interface DeviceAuthenticator {
  verify(deviceId: string, secret: Buffer): Promise<AuthDecision>;
  /** Drops anything cached about the device (its access was revoked, possibly by another hub process). */
  forget?(deviceId: string): void;
}

/**
 * The keys the hub signs downlinks with (protocol's downlink-signature.ts): one
 * per screen, derived from the payment key it was given at provisioning.
 */
export interface DownlinkKeys {
  /**
   * The screen's downlink key; undefined when the hub knows none (no such device, or one without a payment key).
   * `allowStale`: a key kept past its cache lifetime will do. A stop signs a notice for every screen it holds and
   * cannot wait for a lookup each (17,000 keys past a 5-minute lifetime took 3.5–5.4 s of a stop); changes reach the
   * cache by notice, and its lifetime is only the backstop for notices lost.
   */
  downlinkKey(deviceId: string, options?: { allowStale?: boolean }): Promise<Uint8Array | undefined>;
}

export interface UplinkEvent {
  identity: DeviceIdentity;
  /** Hub clock when the broker received it, UTC ms. */
  receivedAt: number;
  kind: UplinkKind;
  message: DecodedUplink & { body: UplinkKind };
}

/** Receives every decoded uplink. Errors it throws or rejects with are logged, never fatal. */
export interface UplinkSink {
  handleUplink(event: UplinkEvent): void | Promise<void>;
}

export type OfflineReason =
  | 'disconnect' // clean DISCONNECT packet or socket closed
  | 'keepalive_timeout'
  | 'takeover' // the same id connected again elsewhere
  | 'kicked' // the hub disconnected it (blocked, decommissioned, secret rotated)
  | 'error' // protocol error, oversized frame, socket error
  | 'broker_shutdown';

export type PresenceEvent =
  | { online: true; identity: DeviceIdentity; at: number; remoteAddress: string | undefined }
  | { online: false; identity: DeviceIdentity; at: number; reason: OfflineReason; detail?: string };

export interface PresenceSink {
  handlePresence(event: PresenceEvent): void;
}

/** Abuse limits, per connection. */
export interface BrokerLimits {
  /** Largest MQTT frame accepted; a bigger one closes the connection before it is buffered. Default 64 KiB. */
  maxPacketBytes: number;
  /** Sustained uplinks per second per device; above it messages are dropped and counted. Default 20. */
  uplinkRatePerSecond: number;
  /** Uplinks a device may send in a burst above the sustained rate. Default 40. */
  uplinkBurst: number;
  /** Longest keepalive a screen may ask for, in seconds (0 = any). Default 1200. */
  maxKeepaliveSeconds: number;
  /** How long a socket may stay open without a CONNECT, ms. Default 10 s. */
  connectTimeoutMs: number;
  /** CONNECT handshakes one process works on at once; more are answered "server unavailable" at once. Default 200. */
  maxConnecting: number;
  /** CONNECT handshakes one process begins per second (a token bucket of one second's worth); 0: no bound. Default 0. */
  maxConnectRate: number;
  /** Connections one process holds on one listener; more are closed as soon as accepted. Default 19,000 (20,000 open files per process). */
  maxConnections: number;
}

export const defaultBrokerLimits: BrokerLimits = {
  maxPacketBytes: 64 * 1024,
  uplinkRatePerSecond: 20,
  uplinkBurst: 40,
  maxKeepaliveSeconds: 1200,
  connectTimeoutMs: 10_000,
  maxConnecting: 200,
  maxConnectRate: 0,
  maxConnections: 19_000,
};
