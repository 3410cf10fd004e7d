// The ads check: with its schedule taken, the screen loses its connection for
// a while (the hub refuses its CONNECTs), its last proofs before it
// unacknowledged (the hub loses the acks); a screen keeps showing its loop
// offline and, back, sends the proofs of those plays and the unacknowledged
// ones again: each play under one
// batch id only (a batch sent again keeps its id, so the hub counts it once;
// an advertiser is never billed twice for a play), and the plays in the order
// they were shown.
import { until, type ConformanceCheck } from './conformance-context.js';
import { dropConnection, journalMark, plantFaults, readJournal, type JournalEntry } from './hub-journal.js';

/**
 * How the proofs of plays read: plays shown offline, plays under more than one batch id, plays out of order. Every
 * batch counts for duplicates; order is judged over the batches first seen from `sinceMs` on (earlier ones may have
 * been lost and sent again, as they should be, after newer ones arrived).
 */
export function judgeProofs(batches: JournalEntry[], sinceMs: number, offlineFromMs: number, offlineUntilMs: number) {
  const batchOf = new Map<string, string>();
  const duplicates = new Set<string>();
  const firstSeen = new Set<string>();
  let outOfOrder = 0;
  let last = -Infinity;
  let offline = 0;
  let judged = 0;
  for (const batch of batches) {
    // A batch sent again (same id) is one batch: judged once.
    if (firstSeen.has(batch.batchId!)) continue;
    firstSeen.add(batch.batchId!);
    const ordered = batch.atMs >= sinceMs;
    if (ordered) judged++;
    for (const play of batch.plays ?? []) {
      const key = `${play.creativeId}@${play.startedAtMs}`;
      const earlier = batchOf.get(key);
      if (earlier !== undefined && earlier !== batch.batchId) duplicates.add(key);
      batchOf.set(key, batch.batchId!);
      if (!ordered) continue;
      if (play.startedAtMs < last) outOfOrder++;
      last = Math.max(last, play.startedAtMs);
      if (play.startedAtMs > offlineFromMs && play.startedAtMs < offlineUntilMs) offline++;
    }
  }
  return { offline, duplicates: duplicates.size, outOfOrder, batches: judged };
}

/**
 * The part of the time offline in which a play proves the screen played offline. The edges are left out: the hub
 * notes the drop before the screen notices it (a loaded screen may still start a slot as connected), and the screen's
 * clock, set from Welcome, may be off by a network round trip.
 */
export function surelyOffline(droppedAtMs: number, backAtMs: number): { fromMs: number; untilMs: number } {
  const edgeMs = Math.min(2000, (backAtMs - droppedAtMs) / 4);
  return { fromMs: droppedAtMs + edgeMs, untilMs: backAtMs - edgeMs };
}

export const playsAdsOffline: ConformanceCheck = {
  id: 'ads-offline',
  title: 'plays its ad schedule offline, and sends each proof of play once, in order, after reconnecting',
  async run(ctx) {
    const acked = await until(() => readJournal(ctx, 0), (journal) => journal.some((e) => e.event === 'uplink' && e.kind === 'adScheduleAck'), ctx.timeoutMs);
    if (!acked.done) return { passed: false, saw: `no ad schedule acknowledged within ${ctx.timeoutMs} ms (the screen's tenant needs an approved house creative or a booking for it)` };
    const offlineMs = (ctx.adsOfflineS ?? 30) * 1000;
    const since = await journalMark(ctx);
    // Its last proofs before the drop go unacknowledged (the acks lost on the way), so it must send them again.
    await plantFaults(ctx, { loseProofAcks: true });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await plantFaults(ctx, { refuseConnectsForMs: offlineMs });
    await dropConnection(ctx);
    // Its backoff may have grown to about the time offline: allow for its next wait, then the timeout.
    const back = await until(() => readJournal(ctx, since), (journal) => journal.some((e) => e.event === 'connect'), 3 * offlineMs + ctx.timeoutMs);
    await plantFaults(ctx, { refuseConnectsForMs: 0, loseProofAcks: false });
    const droppedAt = back.value.find((e) => e.event === 'dropped')?.atMs ?? since;
    const backAt = back.value.find((e) => e.event === 'connect')?.atMs;
    if (!backAt) return { passed: false, saw: 'not connected again after the drop' };
    const offline = surelyOffline(droppedAt, backAt);
    // The proofs of the offline plays arrive once the screen is back (and again, unacknowledged, after a Welcome).
    // Judged over every batch since the screen connected: one sent before the drop and sent again after it is a resend.
    const proofs = await until(
      () => readJournal(ctx, 0),
      (journal) => judgeProofs(journal.filter(isProofBatch), since, offline.fromMs, offline.untilMs).offline > 0,
      ctx.timeoutMs,
    );
    // Anything sent again after a reconnect arrives within moments: look a little longer for duplicates.
    await new Promise((resolve) => setTimeout(resolve, Math.min(ctx.timeoutMs, 3000)));
    const judged = judgeProofs((await readJournal(ctx, 0)).filter(isProofBatch), since, offline.fromMs, offline.untilMs);
    const saw = [
      `offline ${((backAt - droppedAt) / 1000).toFixed(1)} s: ${judged.offline} plays shown then; ${judged.batches} proof batches since the check began`,
      judged.duplicates > 0 ? `${judged.duplicates} plays proven under two batch ids (counted twice)` : '',
      judged.outOfOrder > 0 ? `${judged.outOfOrder} plays out of order` : '',
      proofs.done ? '' : `no proof of an offline play within ${ctx.timeoutMs} ms of reconnecting`,
    ];
    return { passed: judged.offline > 0 && judged.duplicates === 0 && judged.outOfOrder === 0, saw: saw.filter(Boolean).join('; ') };
  },
};

const isProofBatch = (e: JournalEntry) => e.event === 'uplink' && e.kind === 'playProofs';
