// Conformance mode's memory of each screen: a journal of what the hub saw of
// it on MQTT (CONNECT attempts, refused or not; uplinks and downlinks by kind,
// with the order number, payment status or command id they carry; downlinks
// lost on purpose or forged), and the faults an operator planted for it
// (CONNECTs refused until a time, PayResults to lose or hold, acknowledgements
// of proofs of play to lose, the next package
// download cut halfway or tampered with). The conformance suite
// reads the journal to judge what the screen's firmware did. Bounded: the
// last JOURNAL_LENGTH entries of the last MAX_SCREENS screens seen.
import type { UplinkEvent } from '@screenhub/broker';
import { CommandStatus, downlinkKindOf, OtaState, PayStatus, type DownlinkProps } from '@screenhub/protocol';
import type { MqttWatcher } from '../mqtt/index.js';

const JOURNAL_LENGTH = 1000;
const MAX_SCREENS = 10_000;

export type JournalEvent = 'connect' | 'connect_refused' | 'dropped' | 'uplink' | 'downlink' | 'downlink_lost' | 'downlink_held' | 'downlink_forged' | 'download';

export interface JournalEntry {
  /** Hub clock, UTC ms. */
  atMs: number;
  event: JournalEvent;
  /** The uplink's or downlink's body (hello, payRequest, payResult, command, ...). */
  kind?: string;
  orderNo?: string;
  amountFen?: number;
  /** A PayResult's, CommandResult's or OtaStatus's status, by its name in device.proto (PAY_STATUS_SUCCEEDED, OTA_STATE_WAITING, ...). */
  status?: string;
  /** A PayResult's failure reason, an OtaStatus's reason. */
  failureReason?: string;
  commandId?: string;
  /** An OtaStatus's campaign and version. */
  campaignId?: string;
  version?: string;
  /** A package download: the first byte asked for (0: from the start), and what was done to it. */
  rangeStart?: number;
  fault?: 'cut' | 'tampered';
  /** A PlayProofBatch: its id and its plays (the first MAX_PLAYS), in the order sent. */
  batchId?: string;
  plays?: Array<{ creativeId: string; startedAtMs: number }>;
}

const MAX_PLAYS = 200;

export interface PlantedFaults {
  /** CONNECTs are refused ("server unavailable") until this hub time, UTC ms; 0: none. */
  refuseConnectsUntilMs: number;
  /** The next this many PayResult outcomes for the screen are lost on the way. */
  payResultsToLose: number;
  /** The next PayResult outcome for the screen is held this long, ms, then sent; 0: none. */
  holdNextPayResultMs: number;
  /** Acknowledgements of the screen's proofs of play are lost on the way (until cleared). */
  loseProofAcks: boolean;
  /** The screen's next package download stops halfway (the connection closes). */
  cutNextDownload: boolean;
  /** The screen's next package download has its first byte changed. */
  tamperNextDownload: boolean;
}

const noFaults = (): PlantedFaults => ({ refuseConnectsUntilMs: 0, payResultsToLose: 0, holdNextPayResultMs: 0, loseProofAcks: false, cutNextDownload: false, tamperNextDownload: false });

interface Screen {
  journal: JournalEntry[];
  faults: PlantedFaults;
}

export class ConformanceWatch implements MqttWatcher {
  private readonly screens = new Map<string, Screen>();

  /** Held downlinks on their way out again: the gate lets each through once. */
  private readonly released = new WeakSet<object>();

  /** `send`: how a held downlink goes out once its time is up (the broker's sendDownlink). */
  constructor(
    private readonly send: (deviceId: string, message: Omit<DownlinkProps, 'signature'>) => Promise<unknown>,
    private readonly now: () => number = Date.now,
  ) {}

  /** The journal of `deviceId` from `sinceMs` on, oldest first. */
  journal(deviceId: string, sinceMs = 0): JournalEntry[] {
    return (this.screens.get(deviceId)?.journal ?? []).filter((entry) => entry.atMs >= sinceMs);
  }

  faults(deviceId: string): PlantedFaults {
    return { ...(this.screens.get(deviceId)?.faults ?? noFaults()) };
  }

  /** Plants faults for `deviceId`: each given field replaces the planted one. */
  plant(deviceId: string, faults: { refuseConnectsForMs?: number; losePayResults?: number; holdNextPayResultMs?: number; loseProofAcks?: boolean; cutNextDownload?: boolean; tamperNextDownload?: boolean }): PlantedFaults {
    const screen = this.screen(deviceId);
    if (faults.refuseConnectsForMs !== undefined) screen.faults.refuseConnectsUntilMs = faults.refuseConnectsForMs > 0 ? this.now() + faults.refuseConnectsForMs : 0;
    if (faults.losePayResults !== undefined) screen.faults.payResultsToLose = faults.losePayResults;
    if (faults.holdNextPayResultMs !== undefined) screen.faults.holdNextPayResultMs = faults.holdNextPayResultMs;
    if (faults.loseProofAcks !== undefined) screen.faults.loseProofAcks = faults.loseProofAcks;
    if (faults.cutNextDownload !== undefined) screen.faults.cutNextDownload = faults.cutNextDownload;
    if (faults.tamperNextDownload !== undefined) screen.faults.tamperNextDownload = faults.tamperNextDownload;
    return this.faults(deviceId);
  }

  /** The hub is dropping the screen's connection on an operator's word. */
  dropped(deviceId: string): void {
    this.record(deviceId, { event: 'dropped' });
  }

  /** The screen asks for its package from `rangeStart`: the fault planted for its next download, used up. */
  download(deviceId: string, rangeStart: number): 'cut' | 'tampered' | undefined {
    const faults = this.screen(deviceId).faults;
    const fault = faults.cutNextDownload ? 'cut' : faults.tamperNextDownload ? 'tampered' : undefined;
    if (fault === 'cut') faults.cutNextDownload = false;
    if (fault === 'tampered') faults.tamperNextDownload = false;
    this.record(deviceId, { event: 'download', rangeStart, ...(fault ? { fault } : {}) });
    return fault;
  }

  /** A command the hub did not sign was put on the screen's down topic. */
  forged(deviceId: string, commandId: string): void {
    this.record(deviceId, { event: 'downlink_forged', kind: 'command', commandId });
  }

  connectAttempt(deviceId: string): boolean {
    const refused = this.faults(deviceId).refuseConnectsUntilMs > this.now();
    this.record(deviceId, { event: refused ? 'connect_refused' : 'connect' });
    return !refused;
  }

  uplink(event: UplinkEvent): void {
    const { message, kind } = event;
    const pay = message.payRequest ?? message.qrPayRequest;
    this.record(event.identity.deviceId, {
      event: 'uplink',
      kind,
      ...(pay ? { orderNo: pay.orderNo ?? '', amountFen: Number(pay.amountFen ?? 0) } : {}),
      ...(message.commandResult ? { commandId: message.commandResult.commandId ?? '', status: CommandStatus[message.commandResult.status ?? 0] } : {}),
      ...(message.otaStatus
        ? { status: OtaState[message.otaStatus.state ?? 0], failureReason: message.otaStatus.reason ?? '', campaignId: message.otaStatus.campaignId ?? '', version: message.otaStatus.version ?? '' }
        : {}),
      ...(message.playProofs
        ? {
            batchId: message.playProofs.batchId ?? '',
            plays: (message.playProofs.records ?? []).slice(0, MAX_PLAYS).map((r) => ({ creativeId: r.creativeId ?? '', startedAtMs: Number(r.startedAtMs ?? 0) })),
          }
        : {}),
    });
  }

  downlink(deviceId: string, message: Omit<DownlinkProps, 'signature'>): boolean {
    const result = message.payResult;
    const screen = this.screen(deviceId);
    // RETRY_LATER is advice, not an outcome: only outcomes are lost or held on purpose.
    const outcome = !!result && result.status !== PayStatus.PAY_STATUS_RETRY_LATER && !this.released.has(message);
    this.released.delete(message);
    const lose = (outcome && screen.faults.payResultsToLose > 0) || (!!message.playProofsAck && screen.faults.loseProofAcks);
    const holdMs = outcome && !lose ? screen.faults.holdNextPayResultMs : 0;
    if (lose && outcome) screen.faults.payResultsToLose--;
    if (holdMs > 0) {
      screen.faults.holdNextPayResultMs = 0;
      setTimeout(() => {
        this.released.add(message);
        this.send(deviceId, message).catch(() => undefined);
      }, holdMs).unref();
    }
    this.record(deviceId, {
      event: lose ? 'downlink_lost' : holdMs > 0 ? 'downlink_held' : 'downlink',
      kind: downlinkKindOf(message) ?? 'empty',
      ...(result ? { orderNo: result.orderNo ?? '', amountFen: Number(result.amountFen ?? 0), status: PayStatus[result.status ?? 0], failureReason: result.failureReason ?? '' } : {}),
      ...(message.command ? { commandId: message.command.commandId ?? '' } : {}),
    });
    return !lose && holdMs === 0;
  }

  private record(deviceId: string, entry: Omit<JournalEntry, 'atMs'>): void {
    const journal = this.screen(deviceId).journal;
    journal.push({ atMs: this.now(), ...entry });
    if (journal.length > JOURNAL_LENGTH) journal.splice(0, journal.length - JOURNAL_LENGTH);
  }

  private screen(deviceId: string): Screen {
    let screen = this.screens.get(deviceId);
    if (!screen) {
      screen = { journal: [], faults: noFaults() };
      this.screens.set(deviceId, screen);
      // A Map iterates in insertion order: the first key is the screen seen longest ago.
      if (this.screens.size > MAX_SCREENS) this.screens.delete(this.screens.keys().next().value!);
    }
    return screen;
  }
}
