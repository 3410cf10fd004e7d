// What every conformance check is given (the hub's operator API, the screen
// under test, how to ask for a sale at it, how long to wait) and what it
// answers (passed or not, with what it saw); and the polling every check uses.
import type { KeyObject } from 'node:crypto';
import type { HubApi } from '../hub-api.js';

export interface ConformanceContext {
  hub: HubApi;
  deviceId: string;
  /** The heartbeat interval the hub's Welcome gives this screen (HUB_HEARTBEAT_INTERVAL_S, or its config's heartbeatIntervalS). */
  heartbeatIntervalS: number;
  /** The longest a check waits for the screen to act, ms. */
  timeoutMs: number;
  /**
   * Asks for a sale at the screen: `amountFen` paid with the payment code `authCode`. The CLI tells the person at
   * the screen; a test has the simulator's screen take it. Returns at once: the checks watch the hub for the rest.
   */
  cue(sale: Sale): void;
  /** A payment code the merchant's acquirer pays (the local gateways pay any code ending in 88). */
  payingAuthCode: string;
  /** How long the reconnect check refuses the screen's CONNECTs, s; default 20. */
  reconnectWindowS?: number;
  /** How long the ads check keeps the screen offline, s; default 30 (its tenant's ad loop must have a slot in that time). */
  adsOfflineS?: number;
  /** What the OTA checks release to the screen; without it they are not run. */
  ota?: OtaMaterial;
}

/** Releases for the OTA checks: the hub's operator must be an admin of the screen's tenant (to register a key). */
export interface OtaMaterial {
  kind: 'app' | 'firmware';
  /** A release key registered with the hub (its id there) whose public half the screen's firmware trusts. */
  keyId: string;
  privateKey: KeyObject;
  /** Two packages the screen can install, each with the version it runs once installed (ota-resume, then ota-window). */
  installable: [OtaPackage, OtaPackage];
}

export interface OtaPackage {
  version: string;
  content: Buffer;
}

export interface Sale {
  amountFen: number;
  authCode: string;
}

export interface CheckOutcome {
  passed: boolean;
  /** What the suite saw, in words. */
  saw: string;
  /** The check could not be run (what it needs was not given): reported as "not run". */
  notRun?: boolean;
}

export interface ConformanceCheck {
  id: string;
  title: string;
  run(ctx: ConformanceContext): Promise<CheckOutcome>;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks `read` until `done` holds or the time is up; the last value read either way. */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number, everyMs = 250): Promise<{ value: T; done: boolean }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return { value, done: true };
    if (Date.now() >= deadline) return { value, done: false };
    await sleep(everyMs);
  }
}

