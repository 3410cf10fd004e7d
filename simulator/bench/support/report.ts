// Percentiles from an HDR histogram, and a results file beside the printout.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as hdr from 'hdr-histogram-js';

export type Histogram = hdr.Histogram;

export function newHistogram(): hdr.Histogram {
  // Microseconds, up to 60 s, 3 significant digits.
  return hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3 });
}

export function percentilesMs(histogram: hdr.Histogram) {
  const at = (p: number) => Math.round(histogram.getValueAtPercentile(p) / 10) / 100;
  return { count: histogram.totalCount, p50: at(50), p90: at(90), p95: at(95), p99: at(99), max: Math.round(histogram.maxValue / 10) / 100 };
}

export async function saveResults(name: string, results: unknown): Promise<string> {
  const dir = fileURLToPath(new URL('../../../bench-results/', import.meta.url));
  await mkdir(dir, { recursive: true });
  const file = `${dir}${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  await writeFile(file, JSON.stringify(results, null, 2));
  return file;
}
