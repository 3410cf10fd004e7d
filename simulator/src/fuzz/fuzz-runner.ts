// Runs one generator's cases against a hub with fast-check: a seed makes the
// run repeatable, a failing batch is shrunk to a smaller one (within a time
// budget: cases travel over sockets, and shrinking must not take all night),
// and every case's outcome is tallied for the report.
import fc from 'fast-check';

/** A kind of hostile input and how to deliver one case of it. */
export interface FuzzGenerator<Case> {
  readonly name: string;
  readonly arbitrary: fc.Arbitrary<Case>;
  /** Cases in flight at once, each on its own lane (a socket, a screen's connection, an HTTP request). */
  readonly lanes: number;
  /**
   * Delivers one case on `lane` (no other case uses that lane meanwhile) and resolves with its outcome, a short
   * label tallied in the report ("closed", "http 400"…). Throws when an oracle fails.
   */
  send(input: Case, lane: number): Promise<string>;
}

export interface FuzzRunOptions {
  seed: number;
  /** About how many cases (rounded up to whole batches of `lanes`). */
  cases: number;
  /** Time allowed for shrinking a failure, after which the smallest batch found so far is reported. Default 30 s. */
  shrinkSeconds?: number;
  /** Called after each batch with the cases it held. */
  onCases?: (count: number) => void;
}

export interface FuzzRun {
  generator: string;
  seed: number;
  cases: number;
  seconds: number;
  outcomes: Record<string, number>;
  /** fast-check's report (seed, path, shrunk counterexample, error), cut to a readable length. */
  failure?: string;
}

/** How much of fast-check's report is kept: a counterexample may hold 64 KiB strings. */
const REPORT_CHARS = 6000;

export async function runFuzz<Case>(generator: FuzzGenerator<Case>, options: FuzzRunOptions): Promise<FuzzRun> {
  const outcomes: Record<string, number> = {};
  let cases = 0;
  let failedAt: number | undefined;
  const shrinkMs = (options.shrinkSeconds ?? 30) * 1000;
  const started = performance.now();
  const property = fc.asyncProperty(fc.array(generator.arbitrary, { minLength: generator.lanes, maxLength: generator.lanes }), async (batch) => {
    // Once the budget is spent every candidate "passes", which ends shrinking with the smallest failure so far.
    if (failedAt !== undefined && performance.now() - failedAt > shrinkMs) return;
    // Settled, not Promise.all: no lane may still be busy when the next batch starts.
    const settled = await Promise.allSettled(batch.map((input, lane) => generator.send(input, lane)));
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) {
      failedAt ??= performance.now();
      throw failed.reason;
    }
    if (failedAt !== undefined) return;
    for (const s of settled) if (s.status === 'fulfilled') outcomes[s.value] = (outcomes[s.value] ?? 0) + 1;
    cases += batch.length;
    options.onCases?.(batch.length);
  });
  const details = await fc.check(property, { seed: options.seed, numRuns: Math.ceil(options.cases / generator.lanes) });
  const report = details.failed ? failureReport(details) : undefined;
  return {
    generator: generator.name,
    seed: options.seed,
    cases,
    seconds: Math.round((performance.now() - started) / 10) / 100,
    outcomes,
    ...(report ? { failure: report.length > REPORT_CHARS ? `${report.slice(0, REPORT_CHARS)}… (${report.length} characters)` : report } : {}),
  };
}

/** An oracle that does not hold: what was seen, for the report. */
export class OracleFailure extends Error {
  override readonly name = 'OracleFailure';
}

function failureReport<T>(details: fc.RunDetails<T>): string {
  try {
    const report = fc.defaultReportMessage(details) ?? '';
    // The error is what a reader needs first; fast-check leaves it out of some reports.
    const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    return report.includes(error) ? report : `Got error: ${error}\n${report}`;
  } catch (err) {
    // Printing the counterexample itself failed: say what is known, and how to run it again.
    return `Property failed after ${details.numRuns} tests { seed: ${details.seed}, path: "${details.counterexamplePath}" } (counterexample not printable: ${(err as Error).message})\nGot error: ${String(details.errorInstance)}`;
  }
}

/** One line for a log: the generator, its seed, cases, rate and outcomes. */
export function formatRun(run: FuzzRun): string {
  const rate = run.seconds > 0 ? Math.round(run.cases / run.seconds) : run.cases;
  const outcomes = Object.entries(run.outcomes)
    .sort(([, a], [, b]) => b - a)
    .map(([outcome, n]) => `${outcome} ${n}`)
    .join(', ');
  return `[fuzz] ${run.generator} seed ${run.seed}: ${run.cases} cases in ${run.seconds} s (${rate}/s); ${outcomes}${run.failure ? '; FAILED' : ''}`;
}
