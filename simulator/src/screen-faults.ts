// Faults a virtual screen can be built with, one flag each: the firmware bugs
// the screen conformance suite (conformance/) is there to catch. Its own tests
// give the reference screen one fault at a time and expect exactly the
// matching check to fail. Never set in a fleet simulation.
export interface ScreenFaults {
  /** Acts on whatever reaches its down topic, without checking the hub's signature. */
  trustsUnsignedDownlinks?: boolean;
  /** Signs PayRequests with a key that is not its payment key. */
  signsWithWrongKey?: boolean;
  /** Gives every sale the same order number. */
  reusesOrderNumbers?: boolean;
  /** Never sends a PayRequest again when its answer does not come. */
  neverResendsPayRequests?: boolean;
  /** Sends a payment whose answer did not come again under a new order number (the customer may pay twice). */
  resendsWithNewOrderNumber?: boolean;
  /** Tries to reconnect every this many ms, without backoff or jitter. */
  reconnectsEveryMs?: number;
  /** Installs an update whatever key signed it. */
  skipsReleaseSignature?: boolean;
  /** Installs a downloaded package without checking its SHA-256. */
  skipsPackageHash?: boolean;
  /** Starts a cut download over instead of asking for the rest with Range. */
  restartsCutDownloads?: boolean;
  /** Installs an update as soon as it is downloaded: in trading hours, during a payment. */
  installsAnyTime?: boolean;
  /** Shows no ads while its connection is down. */
  stopsAdsOffline?: boolean;
  /** Sends unacknowledged proofs of play again under new batch ids (the hub counts those plays twice). */
  resendsProofsUnderNewIds?: boolean;
}

/** A key the hub never gave any screen: what a screen with signsWithWrongKey signs with. */
export const WRONG_PAYMENT_KEY = Buffer.alloc(32, 7).toString('base64url');
