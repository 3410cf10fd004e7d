// What the hub in conformance mode saw of the screen under test, as the
// checks read it: GET /api/conformance/devices/{id}/journal (the server's
// conformance domain). Times are the hub's clock, so a check marks where it
// starts with the journal's last entry rather than with its own clock.
import type { ConformanceContext } from './conformance-context.js';

export interface JournalEntry {
  atMs: number;
  event: 'connect' | 'connect_refused' | 'dropped' | 'uplink' | 'downlink' | 'downlink_lost' | 'downlink_held' | 'downlink_forged' | 'download';
  kind?: string;
  orderNo?: string;
  amountFen?: number;
  status?: string;
  failureReason?: string;
  commandId?: string;
  campaignId?: string;
  version?: string;
  rangeStart?: number;
  fault?: 'cut' | 'tampered';
  batchId?: string;
  plays?: Array<{ creativeId: string; startedAtMs: number }>;
}

const path = (ctx: ConformanceContext) => `/api/conformance/devices/${encodeURIComponent(ctx.deviceId)}`;

/** The screen's journal from `sinceMs` (hub time) on. */
export function readJournal(ctx: ConformanceContext, sinceMs: number): Promise<JournalEntry[]> {
  return ctx.hub.call<JournalEntry[]>('GET', `${path(ctx)}/journal?sinceMs=${sinceMs}`);
}

/** Where a check's part of the journal starts: just after the last entry so far. */
export async function journalMark(ctx: ConformanceContext): Promise<number> {
  const journal = await readJournal(ctx, 0);
  return (journal.at(-1)?.atMs ?? 0) + 1;
}

export function plantFaults(
  ctx: ConformanceContext,
  faults: { refuseConnectsForMs?: number; losePayResults?: number; holdNextPayResultMs?: number; loseProofAcks?: boolean; cutNextDownload?: boolean; tamperNextDownload?: boolean },
): Promise<unknown> {
  return ctx.hub.call('POST', `${path(ctx)}/faults`, faults);
}

export function dropConnection(ctx: ConformanceContext): Promise<{ wasConnected: boolean }> {
  return ctx.hub.call('POST', `${path(ctx)}/disconnect`);
}

export function forgeCommand(ctx: ConformanceContext): Promise<{ commandId: string; connected: boolean }> {
  return ctx.hub.call('POST', `${path(ctx)}/forged-command`);
}

/** The PayRequests in `journal`, in order. */
export const payRequests = (journal: JournalEntry[]) => journal.filter((e) => e.event === 'uplink' && e.kind === 'payRequest');

/** The PayResult outcomes in `journal` (sent or lost), in order; RETRY_LATER is advice, not an outcome. */
export const payOutcomes = (journal: JournalEntry[]) =>
  journal.filter((e) => (e.event === 'downlink' || e.event === 'downlink_lost' || e.event === 'downlink_held') && e.kind === 'payResult' && e.status !== 'PAY_STATUS_RETRY_LATER');

/** The screen's OtaStatus reports about `campaignId` in `journal`, in order. */
export const otaReports = (journal: JournalEntry[], campaignId: string) => journal.filter((e) => e.event === 'uplink' && e.kind === 'otaStatus' && e.campaignId === campaignId);
