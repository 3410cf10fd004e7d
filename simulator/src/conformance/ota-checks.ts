// Checks of over-the-air updates: the suite releases packages to the screen
// alone (a campaign of one, one wave) and judges from its OtaStatus reports and
// its downloads as the hub in conformance mode saw them. A release signed by a
// key the screen does not trust, and a package tampered with on the way, are
// refused, never installed; a download cut halfway is resumed with Range; an
// update waits for the shop to close and, forced, for the payment in flight.
import { createHash, generateKeyPairSync, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import { signRelease } from '@screenhub/protocol';
import { sleep, until, type CheckOutcome, type ConformanceCheck, type ConformanceContext, type OtaMaterial } from './conformance-context.js';
import { journalMark, otaReports, payOutcomes, payRequests, plantFaults, readJournal, type JournalEntry } from './hub-journal.js';

const FINAL = ['OTA_STATE_SUCCEEDED', 'OTA_STATE_FAILED', 'OTA_STATE_ROLLED_BACK'];
const notRun: CheckOutcome = { passed: false, saw: 'not run: no release key and packages given (the CLI’s --ota-* options)', notRun: true };

/** A release of `content` as `version`, signed with `key`, its package uploaded; its id. */
async function release(ctx: ConformanceContext, ota: OtaMaterial, version: string, content: Buffer, key: { id: string; privateKey: KeyObject }): Promise<string> {
  const manifest = { kind: ota.kind, version, sizeBytes: content.length, sha256Hex: createHash('sha256').update(content).digest('hex') };
  const created = await ctx.hub.call<{ id: string }>('POST', '/api/releases', {
    kind: ota.kind,
    version,
    signature: signRelease(manifest, key.privateKey).toString('base64'),
    keyId: key.id,
    notes: 'screen conformance suite',
  });
  await ctx.hub.putBytes(`/api/releases/${created.id}/package`, content);
  return created.id;
}

/** A started campaign of `releaseId` to the screen alone; its id. */
async function campaign(ctx: ConformanceContext, releaseId: string, installWindow: 'any' | 'outside_trading_hours'): Promise<string> {
  const created = await ctx.hub.call<{ id: string }>('POST', '/api/ota/campaigns', {
    name: `conformance ${ctx.deviceId} ${new Date().toISOString()}`,
    releaseId,
    target: { deviceIds: [ctx.deviceId] },
    waves: [100],
    healthCheck: false,
    installWindow,
    start: true,
  });
  return created.id;
}

/**
 * Offers `releaseId` to the screen (any time will do) with `fault` planted on its next download, taken back after;
 * the campaign and the journal from just before, once the screen reported a final state (or the time ran out).
 */
async function offered(ctx: ConformanceContext, releaseId: string, fault?: 'cutNextDownload' | 'tamperNextDownload'): Promise<{ campaignId: string; journal: JournalEntry[] }> {
  const since = await journalMark(ctx);
  if (fault) await plantFaults(ctx, { [fault]: true });
  const campaignId = await campaign(ctx, releaseId, 'any');
  const journal = await untilFinal(ctx, since, campaignId, ctx.timeoutMs);
  if (fault) await plantFaults(ctx, { [fault]: false });
  return { campaignId, journal };
}

/** The journal from `since` once the screen reported a final state for `campaignId` (or the time ran out). */
async function untilFinal(ctx: ConformanceContext, since: number, campaignId: string, timeoutMs: number): Promise<JournalEntry[]> {
  const seen = await until(() => readJournal(ctx, since), (journal) => otaReports(journal, campaignId).some((e) => FINAL.includes(e.status ?? '')), timeoutMs);
  return seen.value;
}

const statesOf = (reports: JournalEntry[]) => [...new Set(reports.map((e) => e.status!.replace('OTA_STATE_', '')))].join(' → ') || 'no report';
const finalOf = (reports: JournalEntry[]) => reports.find((e) => FINAL.includes(e.status ?? ''));
/**
 * A version for a release the screen must refuse: a new one every run, as a tenant releases a version once; below the
 * first installable one (a pre-release of it), the tampered one above the untrusted one, so that a screen which wrongly
 * installed the first is still offered the next.
 */
const refusedVersion = (ota: OtaMaterial, why: 'r1-untrusted' | 'r2-tampered') => `${ota.installable[0].version}-${why}.${Date.now().toString(36)}`;

/** Refused, not installed: the outcome of a check whose release must never run. */
function refused(reports: JournalEntry[], timeoutMs: number): CheckOutcome {
  const final = finalOf(reports);
  const installed = reports.some((e) => e.status === 'OTA_STATE_INSTALLING');
  if (!final) return { passed: false, saw: `no outcome within ${timeoutMs} ms (${statesOf(reports)})` };
  return { passed: final.status === 'OTA_STATE_FAILED' && !installed, saw: `${statesOf(reports)}${final.failureReason ? `: ${final.failureReason}` : ''}` };
}

export const refusesUntrustedRelease: ConformanceCheck = {
  id: 'ota-signature',
  title: 'refuses an update signed by a key it does not trust',
  async run(ctx) {
    const ota = ctx.ota;
    if (!ota) return notRun;
    // A key the hub trusts (registered here) and the screen never heard of.
    const pair = generateKeyPairSync('ed25519');
    const key = await ctx.hub.call<{ id: string }>('POST', '/api/ota/signing-keys', {
      // Named uniquely: the tenant's key names are, and several screens may be checked at once.
      name: `conformance untrusted ${randomUUID()}`,
      publicKey: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    });
    const releaseId = await release(ctx, ota, refusedVersion(ota, 'r1-untrusted'), randomBytes(64 * 1024), { id: key.id, privateKey: pair.privateKey });
    const { campaignId, journal } = await offered(ctx, releaseId);
    return refused(otaReports(journal, campaignId), ctx.timeoutMs);
  },
};

export const refusesTamperedPackage: ConformanceCheck = {
  id: 'ota-hash',
  title: 'refuses a package whose bytes do not match its signed hash',
  async run(ctx) {
    const ota = ctx.ota;
    if (!ota) return notRun;
    const releaseId = await release(ctx, ota, refusedVersion(ota, 'r2-tampered'), randomBytes(64 * 1024), { id: ota.keyId, privateKey: ota.privateKey });
    const { campaignId, journal } = await offered(ctx, releaseId, 'tamperNextDownload');
    if (!journal.some((e) => e.event === 'download' && e.fault === 'tampered')) return { passed: false, saw: `the package was never downloaded (${statesOf(otaReports(journal, campaignId))})` };
    return refused(otaReports(journal, campaignId), ctx.timeoutMs);
  },
};

export const resumesCutDownload: ConformanceCheck = {
  id: 'ota-resume',
  title: 'resumes a cut download where it stopped, and installs',
  async run(ctx) {
    const ota = ctx.ota;
    if (!ota) return notRun;
    const [pkg] = ota.installable;
    const releaseId = await release(ctx, ota, pkg.version, pkg.content, { id: ota.keyId, privateKey: ota.privateKey });
    const { campaignId, journal } = await offered(ctx, releaseId, 'cutNextDownload');
    const downloads = journal.filter((e) => e.event === 'download');
    const cutAt = downloads.findIndex((e) => e.fault === 'cut');
    if (cutAt < 0) return { passed: false, saw: `the package was never downloaded (${statesOf(otaReports(journal, campaignId))})` };
    const again = downloads.slice(cutAt + 1);
    const final = finalOf(otaReports(journal, campaignId));
    const resumed = again.some((e) => (e.rangeStart ?? 0) > 0);
    const saw = [
      `download cut halfway of ${pkg.content.length} bytes`,
      again.length === 0 ? 'never asked again' : `asked again from byte ${again.map((e) => e.rangeStart ?? 0).join(', ')}`,
      final ? `${final.status}${final.version ? ` ${final.version}` : ''}${final.failureReason ? `: ${final.failureReason}` : ''}` : `no outcome within ${ctx.timeoutMs} ms`,
    ];
    return { passed: resumed && final?.status === 'OTA_STATE_SUCCEEDED', saw: saw.join('; ') };
  },
};

export const installsInItsWindow: ConformanceCheck = {
  id: 'ota-window',
  title: 'installs outside trading hours, and when forced, never during a payment',
  async run(ctx) {
    const ota = ctx.ota;
    if (!ota) return notRun;
    const pkg = ota.installable[1];
    const releaseId = await release(ctx, ota, pkg.version, pkg.content, { id: ota.keyId, privateKey: ota.privateKey });
    const since = await journalMark(ctx);
    const campaignId = await campaign(ctx, releaseId, 'outside_trading_hours');
    // The screen's merchant trades now (the suite's precondition): downloaded, the update must wait.
    const waiting = await until(() => readJournal(ctx, since), (journal) => otaReports(journal, campaignId).some((e) => e.status === 'OTA_STATE_WAITING' || e.status === 'OTA_STATE_INSTALLING' || FINAL.includes(e.status ?? '')), ctx.timeoutMs);
    await sleep(1000);
    const beforeForce = otaReports(await readJournal(ctx, since), campaignId);
    if (beforeForce.some((e) => e.status === 'OTA_STATE_INSTALLING')) return { passed: false, saw: `installed in trading hours without being forced (${statesOf(beforeForce)})` };
    if (!waiting.done) return { passed: false, saw: `did not report waiting within ${ctx.timeoutMs} ms (${statesOf(beforeForce)}); is the screen's merchant open now?` };

    // A sale whose answer the hub holds back, then the operator forces the update: it must wait for the answer.
    const holdMs = Math.min(ctx.timeoutMs, 15_000);
    await plantFaults(ctx, { holdNextPayResultMs: holdMs });
    const saleSince = await journalMark(ctx);
    ctx.cue({ amountFen: 5, authCode: ctx.payingAuthCode });
    const inFlight = await until(() => readJournal(ctx, saleSince), (journal) => payRequests(journal).length > 0, ctx.timeoutMs);
    if (!inFlight.done) return { passed: false, saw: 'no PayRequest for the sale asked for' };
    await ctx.hub.call('POST', `/api/ota/campaigns/${campaignId}/force`, { deviceIds: [ctx.deviceId] });
    const journal = await untilFinal(ctx, since, campaignId, holdMs + 2 * ctx.timeoutMs);
    await plantFaults(ctx, { holdNextPayResultMs: 0 });
    const reports = otaReports(journal, campaignId);
    const installingAt = reports.find((e) => e.status === 'OTA_STATE_INSTALLING')?.atMs;
    const orderNo = payRequests(inFlight.value)[0]!.orderNo;
    const toldAt = payOutcomes(journal).find((e) => e.event === 'downlink' && e.orderNo === orderNo)?.atMs;
    const final = finalOf(reports);
    const duringPayment = installingAt !== undefined && (toldAt === undefined || installingAt < toldAt);
    const saw = [
      `waited in trading hours (${statesOf(beforeForce)})`,
      installingAt === undefined ? 'never installed' : duringPayment ? `installed during payment ${orderNo}, before its answer` : `installed ${installingAt - toldAt!} ms after payment ${orderNo} was answered`,
      final ? final.status : `no outcome within ${holdMs + 2 * ctx.timeoutMs} ms`,
    ];
    return { passed: !duringPayment && final?.status === 'OTA_STATE_SUCCEEDED', saw: saw.join('; ') };
  },
};
