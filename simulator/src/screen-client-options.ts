// What a virtual screen is told when it is made (ScreenClientOptions) and what
// it tells its owner (ScreenClientEvents): screen-client.ts's interface, kept
// apart from the connection logic.
import type {
  AdPlay,
  AdScheduleBody,
  CommandBody,
  ConfigUpdateBody,
  DecodedDownlink,
  HelloBody,
  OtaOfferBody,
  PayResultBody,
  ReconnectBody,
  WelcomeBody,
} from '@screenhub/protocol';
import type { ScreenAdsOptions } from './ads/screen-ads.js';
import type { BackoffOptions } from './backoff.js';
import type { DownlinkRefusal } from './downlink-verifier.js';
import type { ScreenOtaOptions } from './ota/screen-updater.js';
import type { ScreenFaults } from './screen-faults.js';

export interface ScreenClientOptions {
  /** Broker URL, e.g. mqtt://127.0.0.1:1883 or ws://127.0.0.1:8080/mqtt. */
  url: string;
  deviceId: string;
  secret: string;
  /** MQTT keepalive, seconds. Default 30. */
  keepaliveSeconds?: number;
  /** Give up a connection attempt after this long, ms. Default 10 000. */
  connectTimeoutMs?: number;
  /** Reconnect after a lost connection; `false` to stay down. Default exponential backoff, full jitter. */
  reconnect?: false | BackoffOptions;
  /**
   * MQTT clean session. Default true: the hub offers again on every Hello what a screen must get (commands, config,
   * OTA offer, ad schedule, recent payment results), so no session needs to outlive a connection. `false` asks for a
   * persistent session, which the hub process holding the connection keeps in memory while the screen is away.
   */
  cleanSession?: boolean;
  /** What the screen says about itself in Hello. */
  hello?: HelloBody;
  /** Automatic heartbeats: interval from the hub's Welcome unless given; `false` for none. Default on. */
  heartbeat?: false | { intervalMs?: number };
  /** Source address for the TCP connection (spread a fleet over 127.0.0.0/8). */
  localAddress?: string;
  /** For mqtts:// and wss://: the CA that signed the hub's certificate. */
  ca?: string | Buffer;
  /** The device's payment key (base64url, from provisioning): signs PayRequests and checks every downlink's signature. */
  paymentKey: string;
  /** What to do with operator commands: carry them out and report success (default), or only emit them. */
  commands?: 'succeed' | 'ignore';
  /** What to do with config updates: apply and report them (default), or only emit them. */
  config?: 'apply' | 'ignore';
  /** Take OTA offers (download, verify, install in the window, reboot); without it offers are only emitted. */
  ota?: ScreenOtaOptions;
  /** Play ads: take schedules (fetch creatives, acknowledge), play after payments, send proofs; without it schedules are only emitted. */
  ads?: ScreenAdsOptions;
  /**
   * With no answer to a PayRequest after this long, ms, the same request (same order number, signed again) goes
   * again, and again after each such wait, until the payment's own timeout: an answer lost on the way is asked for
   * again, and the hub, which answers once per order number, never takes the money twice. Default 10 000.
   */
  payResendAfterMs?: number;
  /** Faults planted on purpose (screen-faults.ts): the conformance suite's tests use them; a fleet simulation never does. */
  faults?: ScreenFaults;
}

export interface ScreenClientEvents {
  command: [CommandBody];
  configUpdate: [ConfigUpdateBody];
  otaOffer: [OtaOfferBody];
  adSchedule: [AdScheduleBody];
  adPlay: [AdPlay];
  connected: [];
  welcome: [WelcomeBody];
  reconnectNotice: [ReconnectBody];
  downlink: [DecodedDownlink];
  /** The outcome of a payment whose wait had run out (asked for again in Hello). */
  lateResult: [PayResultBody];
  /** A downlink refused, not acted on: unsigned, or not signed by the hub with this screen's key. */
  downlinkRefused: [DownlinkRefusal];
  disconnected: [];
  error: [Error];
}
