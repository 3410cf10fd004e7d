// Judging a screen's reconnects from when its CONNECTs arrived while the hub
// refused them. Two faults are told apart from a conforming screen:
// - hammering: more than one attempt a second on average (a fleet doing that
//   after a restart is a storm no hub can take);
// - no jitter: the waits are the same, or each double the last, within 5% and
//   25 ms, for four in five of them (a fleet of such screens comes back in lockstep).
//   A screen with full jitter is misjudged about once in 4,000 drops (simulated:
//   simulator/test/conformance/reconnect-pattern.test.ts).
// The waits are measured from the dropped connection to the first attempt and
// between attempts; fewer than four cannot be judged.
export interface ReconnectJudgement {
  attempts: number;
  /** Each wait, ms. */
  waitsMs: number[];
  hammering: boolean;
  /** undefined when too few waits to judge. */
  jittered: boolean | undefined;
}

const MIN_WAITS = 4;
const TOLERANCE = 0.05;
const NOISE_MS = 25;

export function judgeReconnects(droppedAtMs: number, attemptsAtMs: number[], windowMs: number): ReconnectJudgement {
  const times = [droppedAtMs, ...attemptsAtMs];
  const waitsMs = times.slice(1).map((at, i) => at - times[i]!);
  // Each wait against the one before it: the same (k = 1) or double (k = 2), give or take 5% and a network's 25 ms.
  const pairs = waitsMs.slice(1).map((wait, i) => [waitsMs[i]!, wait] as const);
  const follows = (k: number) => pairs.filter(([before, wait]) => Math.abs(wait - k * before) <= k * before * TOLERANCE + NOISE_MS).length;
  // Four in five pairs, not all: a fixed period still shows some network noise over many attempts.
  const most = Math.ceil(0.8 * pairs.length);
  const lockstep = follows(1) >= most || follows(2) >= most;
  return {
    attempts: attemptsAtMs.length,
    waitsMs,
    hammering: attemptsAtMs.length > windowMs / 1000,
    jittered: waitsMs.length < MIN_WAITS ? undefined : !lockstep,
  };
}
