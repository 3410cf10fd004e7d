// The end of a simulator run: the report as JSON and Markdown, and a chart of
// throughput and latency over time as an SVG image, side by side in one folder.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface TimelinePoint {
  at: number;
  connected: number;
  heartbeatsPerSecond: number;
  paymentsPerSecond: number;
  paymentP99Ms: number;
}

export interface RunReport {
  scenario: string;
  startedAt: string;
  machine: { cores: number; node: string };
  screens: number;
  connect: { connected: number; failed: number; seconds: number; perSecond: number; latencyMs: Percentiles };
  heartbeats: { sent: number; acked: number; failed: number; perSecond: number; latencyMs: Percentiles };
  payments: { completed: number; succeeded: number; failed: number; unanswered: number; perSecond: number; latencyMs: Percentiles; ledger: LedgerCheck };
  reconnects: number;
  errorsByCause: Record<string, number>;
  hub: { cpuPercent: number; peakRssMiB: number } | null;
  /** The OTA campaign of the run, as the hub reports it, and what the screens saw. */
  ota?: { campaignId: string; state: string; pauseReason: string | null; currentWave: number; byState: Record<string, number>; screens: Record<string, number> };
  timeline: TimelinePoint[];
}

export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface LedgerCheck {
  charged: number;
  toldSucceeded: number;
  chargedButNotTold: number;
  toldButNotCharged: number;
}

export async function writeRunReport(dir: string, report: RunReport): Promise<{ json: string; markdown: string; chart: string }> {
  await mkdir(dir, { recursive: true });
  const files = { json: join(dir, 'report.json'), markdown: join(dir, 'report.md'), chart: join(dir, 'timeline.svg') };
  await writeFile(files.json, JSON.stringify(report, null, 2));
  await writeFile(files.markdown, markdown(report));
  await writeFile(files.chart, chart(report.timeline));
  return files;
}

const ms = (p: Percentiles) => `${p.p50} / ${p.p95} / ${p.p99} ms (max ${p.max})`;

function markdown(r: RunReport): string {
  const errors = Object.entries(r.errorsByCause).sort((a, b) => b[1] - a[1]);
  return [
    `# Simulator run: ${r.scenario}`,
    '',
    `Started ${r.startedAt} on ${r.machine.cores} cores, Node ${r.machine.node}; ${r.screens} screens.`,
    '',
    '| what | figure |',
    '| --- | --- |',
    `| connected | ${r.connect.connected} in ${r.connect.seconds} s (${r.connect.perSecond}/s), ${r.connect.failed} failed |`,
    `| CONNECT→Welcome p50 / p95 / p99 | ${ms(r.connect.latencyMs)} |`,
    `| heartbeats | ${r.heartbeats.acked} acknowledged (${r.heartbeats.perSecond}/s), ${r.heartbeats.failed} failed |`,
    `| heartbeat PUBACK p50 / p95 / p99 | ${ms(r.heartbeats.latencyMs)} |`,
    `| payments | ${r.payments.completed} answered (${r.payments.perSecond}/s): ${r.payments.succeeded} succeeded, ${r.payments.failed} not; ${r.payments.unanswered} unanswered |`,
    `| PayRequest→PayResult p50 / p95 / p99 | ${ms(r.payments.latencyMs)} |`,
    `| acquirer ledger | ${r.payments.ledger.charged} charged, ${r.payments.ledger.toldSucceeded} told succeeded; ${r.payments.ledger.chargedButNotTold} charged but not told, ${r.payments.ledger.toldButNotCharged} told but not charged |`,
    `| reconnects | ${r.reconnects} |`,
    ...(r.hub ? [`| hub CPU (of one core), peak memory | ${r.hub.cpuPercent} %, ${r.hub.peakRssMiB} MiB |`] : []),
    ...(r.ota
      ? [
          `| OTA campaign | ${r.ota.state}${r.ota.pauseReason ? ` (${r.ota.pauseReason})` : ''}, wave ${r.ota.currentWave + 1}; ${Object.entries(r.ota.byState).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(', ')} |`,
          `| OTA as the screens saw it | ${Object.entries(r.ota.screens).map(([k, n]) => `${n} ${k}`).join(', ') || 'no offer taken'} |`,
        ]
      : []),
    '',
    '## Errors by cause',
    '',
    ...(errors.length === 0 ? ['none'] : ['| cause | count |', '| --- | --- |', ...errors.map(([cause, n]) => `| ${cause} | ${n} |`)]),
    '',
    '![throughput and latency over time](timeline.svg)',
    '',
  ].join('\n');
}

/** Two stacked line charts: messages per second (heartbeats, payments) and payment p99 latency. */
function chart(points: TimelinePoint[]): string {
  const width = 800;
  const panel = 180;
  const left = 60;
  const top = 30;
  const right = width - 20;
  const maxAt = Math.max(1, ...points.map((p) => p.at));
  const x = (at: number) => left + ((right - left) * at) / maxAt;
  const line = (values: number[], y0: number, max: number, colour: string) =>
    `<polyline fill="none" stroke="${colour}" stroke-width="1.5" points="${points.map((p, i) => `${x(p.at).toFixed(1)},${(y0 + panel - (panel * values[i]!) / Math.max(1, max)).toFixed(1)}`).join(' ')}"/>`;
  const rateMax = Math.max(1, ...points.map((p) => Math.max(p.heartbeatsPerSecond, p.paymentsPerSecond)));
  const latencyMax = Math.max(1, ...points.map((p) => p.paymentP99Ms));
  const panel2 = top + panel + 50;
  const axis = (y0: number, max: number, unit: string) =>
    `<line x1="${left}" y1="${y0 + panel}" x2="${right}" y2="${y0 + panel}" stroke="#999"/><line x1="${left}" y1="${y0}" x2="${left}" y2="${y0 + panel}" stroke="#999"/>` +
    `<text x="${left - 5}" y="${y0 + 10}" text-anchor="end" font-size="11">${Math.round(max)}</text><text x="${left - 5}" y="${y0 + panel}" text-anchor="end" font-size="11">0</text>` +
    `<text x="${left}" y="${y0 - 8}" font-size="12">${unit}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${panel2 + panel + 40}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    axis(top, rateMax, 'per second: heartbeats (blue), payments (orange)'),
    line(points.map((p) => p.heartbeatsPerSecond), top, rateMax, '#1f77b4'),
    line(points.map((p) => p.paymentsPerSecond), top, rateMax, '#ff7f0e'),
    axis(panel2, latencyMax, 'payment PayRequest→PayResult p99, ms'),
    line(points.map((p) => p.paymentP99Ms), panel2, latencyMax, '#d62728'),
    `<text x="${right}" y="${panel2 + panel + 30}" text-anchor="end" font-size="11">${Math.round(maxAt)} s</text>`,
    `</svg>`,
  ].join('\n');
}
