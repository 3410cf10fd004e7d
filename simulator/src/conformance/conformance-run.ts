// Runs the conformance checks against one screen and reports each: passed,
// failed, or not run (the screen never connected, so nothing else can be
// judged), with what the suite saw and how long it took.
import { CONFORMANCE_CHECKS } from './conformance-checks.js';
import type { ConformanceCheck, ConformanceContext } from './conformance-context.js';

export interface CheckReport {
  id: string;
  title: string;
  result: 'passed' | 'failed' | 'not run';
  saw: string;
  ms: number;
}

export async function runConformance(ctx: ConformanceContext, checks: ConformanceCheck[] = CONFORMANCE_CHECKS): Promise<CheckReport[]> {
  const reports: CheckReport[] = [];
  for (const check of checks) {
    if (reports[0] && reports[0].id === 'connects' && reports[0].result !== 'passed') {
      reports.push({ id: check.id, title: check.title, result: 'not run', saw: 'the screen is not connected', ms: 0 });
      continue;
    }
    const started = Date.now();
    try {
      const outcome = await check.run(ctx);
      const result = outcome.notRun ? 'not run' : outcome.passed ? 'passed' : 'failed';
      reports.push({ id: check.id, title: check.title, result, saw: outcome.saw, ms: Date.now() - started });
    } catch (err) {
      reports.push({ id: check.id, title: check.title, result: 'failed', saw: `the check could not run: ${(err as Error).message}`, ms: Date.now() - started });
    }
  }
  return reports;
}

/** The report as a table for a terminal. */
export function formatConformance(reports: CheckReport[]): string {
  const mark = { passed: 'PASS', failed: 'FAIL', 'not run': '----' };
  const width = Math.max(...reports.map((r) => r.id.length));
  const lines = reports.map((r) => `${mark[r.result]}  ${r.id.padEnd(width)}  ${r.title}\n      ${' '.repeat(width)}  saw: ${r.saw} (${(r.ms / 1000).toFixed(1)} s)`);
  const passed = reports.filter((r) => r.result === 'passed').length;
  return `${lines.join('\n')}\n\n${passed} of ${reports.length} passed`;
}
