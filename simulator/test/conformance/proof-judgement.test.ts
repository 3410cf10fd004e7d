import { describe, expect, it } from 'vitest';
import { judgeProofs, surelyOffline } from '../../src/conformance/ads-checks.js';
import type { JournalEntry } from '../../src/conformance/hub-journal.js';

const batch = (atMs: number, batchId: string, starts: number[]): JournalEntry => ({
  atMs,
  event: 'uplink',
  kind: 'playProofs',
  batchId,
  plays: starts.map((startedAtMs) => ({ creativeId: 'c', startedAtMs })),
});

describe('judgeProofs', () => {
  it('counts a batch sent again under its own id once, and the plays shown while offline', () => {
    const batches = [batch(100, 'a', [10, 20]), batch(200, 'b', [30, 40, 50]), batch(210, 'a', [10, 20]), batch(220, 'c', [60])];
    expect(judgeProofs(batches, 0, 25, 55)).toEqual({ offline: 3, duplicates: 0, outOfOrder: 0, batches: 3 });
  });

  it('finds plays sent again under a new id, and plays out of order', () => {
    expect(judgeProofs([batch(100, 'a', [10, 20]), batch(200, 'b', [10, 20, 30])], 0, 0, 100).duplicates).toBe(2);
    expect(judgeProofs([batch(100, 'a', [10, 30, 20])], 0, 0, 100).outOfOrder).toBe(1);
  });

  it('judges order only from the check’s start: an old batch lost and sent again later is not out of order', () => {
    const batches = [batch(100, 'a', [50]), batch(150, 'b', [40]), batch(300, 'c', [60, 70])];
    expect(judgeProofs(batches, 200, 55, 65)).toMatchObject({ outOfOrder: 0, batches: 1, offline: 1 });
  });
});

describe('surelyOffline', () => {
  it('leaves out the edges of the time offline, where a screen that stops its ads offline may still have started one', () => {
    expect(surelyOffline(10_000, 20_000)).toEqual({ fromMs: 12_000, untilMs: 18_000 });
    // A short time offline keeps its middle half.
    expect(surelyOffline(0, 4_000)).toEqual({ fromMs: 1_000, untilMs: 3_000 });
  });
});
