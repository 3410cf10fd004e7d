// The hub's side of the OTA conversation with a screen: offers out (OtaOffer,
// with a short-lived signed download link), progress in (OtaStatus), and the
// Hello after a reboot, which tells whether the new version came up. On every
// Hello the screen's campaigns are planned again (release-planner.ts: the
// newest release that applies, through required steps, older offers
// superseded), and its open offer goes again until it reports a final state.
import type { DeviceBroker, UplinkEvent } from '@screenhub/broker';
import { FLEET_TIME_ZONE, OtaState, type DownlinkProps, type HelloBody, type TradingSpan } from '@screenhub/protocol';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.js';
import type { HubEvents } from '../platform/hub-events.js';
import { perTurnBatch } from '../platform/per-turn-batch.js';
import { OPEN_STATES, offersFor, openOffers, recordDeviceState, type CampaignDeviceRow, type DeviceOtaState, type OpenOfferRow } from './campaign-sql.js';
import type { ScreenFacts } from './newest-release.js';
import { stepInstalled } from './newest-release-sql.js';
import { planReleases, type PlannedMoves } from './release-planner.js';

export const DOWNLOAD_TOKEN_PURPOSE = 'ota-download';

/**
 * What a screen may report, and from which states it may get there. Progress
 * only moves forward, but may skip: two reports of one screen can be handled out
 * of order (QoS 1 uplinks of one batch run concurrently), and a `waiting` that
 * overtook its `verifying` must not leave the row behind for good.
 */
/** Offers read and sent per round. */
const OFFER_BATCH = 1000;

const reported: Record<number, { state: DeviceOtaState; from: readonly DeviceOtaState[] } | undefined> = {
  [OtaState.OTA_STATE_DOWNLOADING]: { state: 'downloading', from: ['offered', 'downloading'] },
  [OtaState.OTA_STATE_DOWNLOADED]: { state: 'downloaded', from: ['offered', 'downloading'] },
  [OtaState.OTA_STATE_VERIFYING]: { state: 'verifying', from: ['offered', 'downloading', 'downloaded'] },
  [OtaState.OTA_STATE_WAITING]: { state: 'waiting', from: ['offered', 'downloading', 'downloaded', 'verifying', 'waiting'] },
  [OtaState.OTA_STATE_INSTALLING]: { state: 'installing', from: ['offered', 'downloading', 'downloaded', 'verifying', 'waiting'] },
  [OtaState.OTA_STATE_SUCCEEDED]: { state: 'succeeded', from: OPEN_STATES },
  [OtaState.OTA_STATE_FAILED]: { state: 'failed', from: OPEN_STATES },
  [OtaState.OTA_STATE_ROLLED_BACK]: { state: 'rolled_back', from: OPEN_STATES },
};

/**
 * A shop with no trading hours set is not "always open" for updates: it gets a
 * night window, 02:00-05:00 local time (open from 05:00 until 02:00 every day).
 */
export const HOURS_WHEN_UNKNOWN: TradingSpan[] = [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '05:00', closes: '02:00' }];

export interface DownloadLinks {
  /** A link valid until `expiresAtMs` for this screen and release only. */
  link(releaseId: string, deviceId: string, expiresAtMs: number): string;
  ttlMs: number;
}

function tradingHoursOf(offer: OpenOfferRow): TradingSpan[] {
  const hours = offer.trading_hours as TradingSpan[] | null;
  return Array.isArray(hours) && hours.length > 0 ? hours : HOURS_WHEN_UNKNOWN;
}

export class OfferChannel {
  private nextMessageId = 1;

  private readonly db: Database;
  private readonly broker: DeviceBroker;
  private readonly events: HubEvents;
  private readonly links: DownloadLinks;
  private readonly logger: FastifyBaseLogger;

  constructor(options: { db: Database; broker: DeviceBroker; events: HubEvents; links: DownloadLinks; logger: FastifyBaseLogger }) {
    this.db = options.db;
    this.broker = options.broker;
    this.events = options.events;
    this.links = options.links;
    this.logger = options.logger;
  }

  /** The screen's open offer; the Hellos of one event-loop turn ask in one query. */
  private readonly openOffer = perTurnBatch((deviceIds: string[]) => openOffers(this.db, deviceIds));

  /** What each Hello waiting for its plan said of the screen. */
  private readonly helloFacts = new Map<string, ScreenFacts>();
  /** The Hellos of one turn planned together (most screens are in no campaign: one query finds that). */
  private readonly plan = perTurnBatch(async (deviceIds: string[]) => {
    const facts = new Map(deviceIds.map((id) => [id, this.helloFacts.get(id)!]));
    for (const id of deviceIds) this.helloFacts.delete(id);
    await this.announce(await planReleases(this.db, facts));
    return new Map(deviceIds.map((id) => [id, true]));
  });

  /** Tells screens whose offers were superseded to drop them, and the operators what moved. The new offers go by the caller. */
  async announce(moves: PlannedMoves): Promise<void> {
    await this.withdraw(moves.withdrawn);
    for (const row of [...moves.superseded, ...moves.offered]) this.publishDevice(row);
  }

  private publishDevice(row: CampaignDeviceRow): void {
    this.events.publish(row.tenant_id, 'ota.device', { campaignId: row.campaign_id, deviceId: row.device_id, wave: row.wave, state: row.state, reason: row.reason });
  }

  /** Reads and sends the offers of a campaign's screens, a thousand at a time (a wave or a force may name 100,000). */
  async sendFor(campaignId: string, deviceIds: string[]): Promise<void> {
    for (let i = 0; i < deviceIds.length; i += OFFER_BATCH) await this.send(await offersFor(this.db, campaignId, deviceIds.slice(i, i + OFFER_BATCH)));
  }

  /** Sends offers to those screens that may be connected; the others get theirs on Hello. */
  async send(offers: OpenOfferRow[]): Promise<void> {
    for (const offer of offers) {
      if (!this.broker.mayReach(offer.device_id)) continue;
      await this.broker.sendDownlink(offer.device_id, this.offerMessage(offer));
    }
  }

  /** Tells screens whose offer was withdrawn (rows cancelled with their campaign) to drop it. */
  async withdraw(rows: CampaignDeviceRow[]): Promise<void> {
    for (const row of rows) {
      // Screens never offered (still pending) have nothing to drop.
      if (!row.offered_at || !this.broker.mayReach(row.device_id)) continue;
      await this.broker.sendDownlink(row.device_id, { messageId: this.nextMessageId++, sentAtMs: Date.now(), otaOffer: { campaignId: row.campaign_id, withdrawn: true } });
    }
  }

  async onHello(event: UplinkEvent): Promise<void> {
    const deviceId = event.identity.deviceId;
    const hello = event.message.hello as HelloBody;
    this.helloFacts.set(deviceId, { model: hello.model || null, hardwareRevision: hello.hardwareRevision || null, app: hello.appVersion || null, firmware: hello.firmwareVersion || null });
    try {
      await this.plan(deviceId);
    } catch (err) {
      // A race with the rollout engine over the one open offer: the next Hello or round plans again.
      this.logger.warn({ err, deviceId }, 'release plan not written');
    }
    const offer = await this.openOffer(deviceId);
    if (!offer) return;
    const running = offer.kind === 'app' ? hello.appVersion : hello.firmwareVersion;
    if (running === offer.version) {
      // Up on a required step: the campaign's own release comes next. Up on the campaign's release: done.
      if (offer.offered_release_id) await this.stepDone(deviceId, offer.campaign_id, offer.version);
      else await this.record(offer, deviceId, { state: 'succeeded', allowedFrom: OPEN_STATES, reason: null, progressPct: 100 });
      return;
    }
    // Back on the old version after installing: the screen reports what happened
    // (rolled back, failed) next; offering again would start the same install.
    if (offer.state === 'installing') return;
    await this.broker.sendDownlink(event.identity.deviceId, this.offerMessage(offer));
  }

  async onStatus(event: UplinkEvent): Promise<void> {
    const status = event.message.otaStatus!;
    const change = reported[status.state ?? 0];
    if (!change || !status.campaignId || !/^[0-9a-f-]{36}$/.test(status.campaignId)) return;
    const progressPct = change.state === 'downloading' ? Math.min(100, status.progressPct ?? 0) : change.state === 'succeeded' || change.state === 'downloaded' ? 100 : undefined;
    const reason = status.reason ? status.reason.slice(0, 300) : null;
    const deviceId = event.identity.deviceId;
    if (change.state === 'succeeded' && !(await this.successIsOfferedRelease(deviceId, status.campaignId, status.version ?? ''))) return;
    await this.record({ campaign_id: status.campaignId }, deviceId, { state: change.state, allowedFrom: change.from, progressPct, reason });
  }

  /**
   * Whether a screen's "succeeded" finishes its row. A required step installed is not the campaign's success: the row
   * offers the campaign's release next. A success naming another version than the one offered is a step's, late.
   */
  private async successIsOfferedRelease(deviceId: string, campaignId: string, version: string): Promise<boolean> {
    const offer = await this.openOffer(deviceId);
    if (!offer || offer.campaign_id !== campaignId) return true;
    if (version && version !== offer.version) return false;
    if (!offer.offered_release_id) return true;
    await this.stepDone(deviceId, campaignId, offer.version);
    return false;
  }

  /** A required step is installed (told by the Hello or the status, whichever comes first): offer the campaign's release. */
  private async stepDone(deviceId: string, campaignId: string, version: string): Promise<void> {
    const row = await stepInstalled(this.db, deviceId, campaignId, version);
    if (!row) return;
    this.publishDevice(row);
    await this.sendFor(campaignId, [deviceId]);
  }

  private async record(
    offer: Pick<CampaignDeviceRow, 'campaign_id'>,
    deviceId: string,
    change: { state: DeviceOtaState; allowedFrom: readonly DeviceOtaState[]; progressPct?: number; reason: string | null },
  ): Promise<void> {
    // Only the screen itself reports on its row (device_id in the update).
    const result = await recordDeviceState(this.db, deviceId, offer.campaign_id, change);
    if (!result || result.previous === result.row.state) return;
    const { row } = result;
    this.logger.info({ deviceId, campaignId: row.campaign_id, state: row.state, reason: row.reason }, 'ota progress');
    this.events.publish(row.tenant_id, 'ota.device', { campaignId: row.campaign_id, deviceId, wave: row.wave, state: row.state, progressPct: row.progress_pct, reason: row.reason });
  }

  private offerMessage(offer: OpenOfferRow): DownlinkProps {
    const expiresAtMs = offer.expires_at!.getTime();
    const linkExpiresAtMs = Math.min(expiresAtMs, Date.now() + this.links.ttlMs);
    return {
      messageId: this.nextMessageId++,
      sentAtMs: Date.now(),
      otaOffer: {
        campaignId: offer.campaign_id,
        releaseId: offer.release_id,
        kind: offer.kind,
        version: offer.version,
        sizeBytes: Number(offer.size_bytes),
        sha256Hex: offer.sha256,
        signature: offer.signature,
        keyId: offer.key_id,
        downloadUrl: this.links.link(offer.release_id, offer.device_id, linkExpiresAtMs),
        expiresAtMs,
        installWindow:
          // Forced by an operator (an emergency fix): any time, though never during a payment (the screen's own rule).
          offer.install_window === 'any' || offer.forced_at
            ? { anyTime: true }
            : { anyTime: false, tradingHoursJson: JSON.stringify(tradingHoursOf(offer)), timeZone: offer.timezone ?? FLEET_TIME_ZONE },
      },
    };
  }
}
