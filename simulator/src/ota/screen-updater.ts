// The screen's side of OTA: take an offer, check who signed it, download with
// resume, verify size and SHA-256, wait for the install window (shop closed, no
// payment in flight), install, reboot and report. Failure modes stand in for
// the ways real updates go wrong on a counter.
import { FLEET_TIME_ZONE, isOpenAt, OtaState, releaseSignatureValid, type OtaOfferBody, type ReleaseManifest, type TradingSpan } from '@screenhub/protocol';
import type { KeyObject } from 'node:crypto';
import { downloadPackage, newDownloadState, type DownloadAttempt } from './package-download.js';
import type { ScreenFaults } from '../screen-faults.js';

export type UpdateFailure = 'none' | 'bad_hash' | 'crash_after_install' | 'rollback';

export interface ScreenOtaOptions {
  /** Release public keys the screen trusts (baked into its firmware). */
  trustedKeys: KeyObject[];
  /** How this screen's updates go wrong. Default 'none'. */
  failure?: UpdateFailure;
  /** How long installing takes, ms. Default 200. */
  installMs?: number;
  /** How often to look at the install window again while waiting, ms. Default 1000. */
  recheckMs?: number;
  /** Cut the first download after this many bytes (tests of resume). */
  cutAfterBytes?: number;
  /** Report download progress every this many percent. Default 10. */
  progressStepPct?: number;
  /** The clock the install window is read with. Default the real one. */
  now?: () => Date;
  /** Set by the screen from its own faults (screen-faults.ts). */
  faults?: Pick<ScreenFaults, 'skipsReleaseSignature' | 'skipsPackageHash' | 'restartsCutDownloads' | 'installsAnyTime'>;
}

/** What the updater needs of its screen. */
export interface UpdatableScreen {
  deviceId: string;
  localAddress?: string;
  /** Versions running now. */
  versions(): { app: string; firmware: string };
  /** A payment (or dynamic QR) is in flight: never install then. */
  busy(): boolean;
  report(campaignId: string, state: number, details?: { progressPct?: number; reason?: string; version?: string }): Promise<void>;
  /** Restarts the screen (new MQTT connection, new Hello) running `versions`. */
  reboot(versions: { app: string; firmware: string }): Promise<void>;
}

export interface UpdateRecord {
  campaignId: string;
  version: string;
  outcome?: 'succeeded' | 'failed' | 'rolled_back' | 'withdrawn' | 'expired';
  reason?: string;
  attempts: DownloadAttempt[];
  waited: string[];
  /** Epoch ms: when the offer came, the download completed, the install began. */
  offeredAt: number;
  downloadedAt?: number;
  installedAt?: number;
}

export class ScreenUpdater {
  /** The latest offer this screen took of each campaign (a campaign may offer a required step first, then its release). */
  readonly updates = new Map<string, UpdateRecord>();
  /** Every offer taken, in order. */
  readonly history: UpdateRecord[] = [];
  /** An offer of another release of a campaign whose update is still finishing: taken when that one succeeds. */
  private readonly next = new Map<string, OtaOfferBody>();
  private readonly withdrawn = new Set<string>();
  /** The newest install window of each campaign: an offer sent again may widen it (an operator forcing an emergency fix). */
  private readonly windows = new Map<string, NonNullable<OtaOfferBody['installWindow']>>();
  /** True from the install until the screen is back: it takes no payment then. */
  installing = false;

  constructor(
    private readonly screen: UpdatableScreen,
    private readonly options: ScreenOtaOptions,
    private readonly onError: (err: Error) => void,
  ) {}

  onOffer(offer: OtaOfferBody): void {
    const campaignId = offer.campaignId ?? '';
    if (offer.withdrawn) {
      this.withdrawn.add(campaignId);
      return;
    }
    if (campaignId && offer.installWindow) this.windows.set(campaignId, offer.installWindow);
    if (!campaignId) return;
    // Offers come again on every Hello: one update per campaign and release. Another release of the same campaign
    // (the hub offered a required step first) is taken once the step is done.
    const previous = this.updates.get(campaignId);
    if (previous && previous.version === offer.version) return;
    if (previous && !previous.outcome) {
      this.next.set(campaignId, offer);
      return;
    }
    if (previous && previous.outcome !== 'succeeded') return;
    const record: UpdateRecord = { campaignId, version: offer.version ?? '', attempts: [], waited: [], offeredAt: Date.now() };
    this.updates.set(campaignId, record);
    this.history.push(record);
    this.run(offer, record).catch((err: Error) => {
      record.outcome = 'failed';
      record.reason = err.message;
      this.report(campaignId, OtaState.OTA_STATE_FAILED, { reason: err.message.slice(0, 200) });
      this.onError(err);
    });
  }

  private async run(offer: OtaOfferBody, record: UpdateRecord): Promise<void> {
    const campaignId = record.campaignId;
    const manifest = { kind: offer.kind as 'app' | 'firmware', version: offer.version ?? '', sizeBytes: Number(offer.sizeBytes), sha256Hex: offer.sha256Hex ?? '' };
    const signature = Buffer.from(offer.signature ?? []);
    const faults = this.options.faults ?? {};
    if (!faults.skipsReleaseSignature && !this.options.trustedKeys.some((key) => releaseSignatureValid(manifest, signature, key))) {
      return this.finish(record, 'failed', OtaState.OTA_STATE_FAILED, 'signature not made by a trusted release key');
    }

    const state = newDownloadState();
    const step = this.options.progressStepPct ?? 10;
    let reported = 0;
    await this.report(campaignId, OtaState.OTA_STATE_DOWNLOADING, { progressPct: 0 });
    record.attempts = await downloadPackage(offer.downloadUrl ?? '', state, {
      localAddress: this.screen.localAddress,
      cutAfterBytes: this.options.cutAfterBytes,
      resume: !faults.restartsCutDownloads,
      onProgress: (bytes) => {
        const pct = Math.floor((bytes * 100) / Math.max(1, manifest.sizeBytes));
        if (pct >= reported + step && pct < 100) {
          reported = pct - (pct % step);
          this.report(campaignId, OtaState.OTA_STATE_DOWNLOADING, { progressPct: reported });
        }
      },
    });
    record.downloadedAt = Date.now();
    if (this.withdrawn.has(campaignId)) {
      record.outcome = 'withdrawn';
      return;
    }
    await this.report(campaignId, OtaState.OTA_STATE_DOWNLOADED, { progressPct: 100 });

    await this.report(campaignId, OtaState.OTA_STATE_VERIFYING);
    const digest = state.hash.digest('hex');
    const corrupted = this.options.failure === 'bad_hash';
    if (!faults.skipsPackageHash && (corrupted || state.bytes !== manifest.sizeBytes || digest !== manifest.sha256Hex)) {
      return this.finish(record, 'failed', OtaState.OTA_STATE_FAILED, `sha256 mismatch: got ${corrupted ? '0'.repeat(64) : digest} (${state.bytes} bytes), offer says ${manifest.sha256Hex}`);
    }

    if (!(await this.waitForWindow(offer, record))) return;
    this.installing = true;
    try {
      await this.install(offer, record, manifest);
    } finally {
      this.installing = false;
    }
  }

  private async install(offer: OtaOfferBody, record: UpdateRecord, manifest: ReleaseManifest): Promise<void> {
    const campaignId = record.campaignId;
    await this.report(campaignId, OtaState.OTA_STATE_INSTALLING);
    record.installedAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, this.options.installMs ?? 200));
    const before = this.screen.versions();
    const after = manifest.kind === 'app' ? { ...before, app: manifest.version } : { ...before, firmware: manifest.version };
    switch (this.options.failure ?? 'none') {
      case 'crash_after_install':
        await this.screen.reboot(before);
        return this.finish(record, 'failed', OtaState.OTA_STATE_FAILED, 'crashed while installing; still on ' + (manifest.kind === 'app' ? before.app : before.firmware));
      case 'rollback':
        await this.screen.reboot(before);
        return this.finish(record, 'rolled_back', OtaState.OTA_STATE_ROLLED_BACK, `${manifest.version} did not boot; rolled back`);
      default: {
        await this.screen.reboot(after);
        await this.finish(record, 'succeeded', OtaState.OTA_STATE_SUCCEEDED, '', manifest.version);
        const next = this.next.get(record.campaignId);
        this.next.delete(record.campaignId);
        if (next) this.onOffer(next);
        return;
      }
    }
  }

  /** Waits until the shop is closed (unless any time will do) and no payment is in flight; false if the offer ended first. */
  private async waitForWindow(offer: OtaOfferBody, record: UpdateRecord): Promise<boolean> {
    let lastReason = '';
    if (this.options.faults?.installsAnyTime) return true;
    for (;;) {
      const window = this.windows.get(record.campaignId) ?? offer.installWindow ?? {};
      const hours = window.anyTime ? null : (JSON.parse(window.tradingHoursJson || '[]') as TradingSpan[]);
      const now = this.options.now?.() ?? new Date();
      const ended = this.withdrawn.has(record.campaignId) ? 'withdrawn' : now.getTime() > Number(offer.expiresAtMs ?? 0) ? 'expired' : undefined;
      if (ended) {
        record.outcome = ended;
        return false;
      }
      const reason = hours && hours.length > 0 && isOpenAt(hours, window.timeZone || FLEET_TIME_ZONE, now) ? 'trading hours' : this.screen.busy() ? 'payment in flight' : '';
      if (!reason) return true;
      if (reason !== lastReason) {
        record.waited.push(reason);
        await this.report(record.campaignId, OtaState.OTA_STATE_WAITING, { reason });
        lastReason = reason;
      }
      await new Promise((resolve) => setTimeout(resolve, this.options.recheckMs ?? 1000));
    }
  }

  /** `version`: what now runs, told with a success so the hub knows which release of the campaign it was. */
  private async finish(record: UpdateRecord, outcome: NonNullable<UpdateRecord['outcome']>, state: number, reason: string, version?: string): Promise<void> {
    record.outcome = outcome;
    record.reason = reason;
    await this.report(record.campaignId, state, { reason, version });
  }

  private report(campaignId: string, state: number, details: { progressPct?: number; reason?: string; version?: string } = {}): Promise<void> {
    return this.screen.report(campaignId, state, details).catch((err: Error) => this.onError(err));
  }
}
