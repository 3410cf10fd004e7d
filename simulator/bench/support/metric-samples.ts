// Every sample of one metric in Prometheus text, by its labels: for reports
// that show a counter broken down ("undecodable 1200, rate_limited 0").
export function metricSamples(metrics: string, name: string): Record<string, number> {
  const samples: Record<string, number> = {};
  for (const line of metrics.split('\n')) {
    if (!line.startsWith(name)) continue;
    const match = line.match(/^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})? ([0-9.e+-]+|NaN|\+Inf)$/);
    if (!match || match[1] !== name) continue;
    samples[match[2] ?? ''] = Number(match[3]);
  }
  return samples;
}

/** `after` minus `before`, sample by sample, leaving out what did not change. */
export function metricDelta(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const delta: Record<string, number> = {};
  for (const [labels, value] of Object.entries(after)) {
    const change = value - (before[labels] ?? 0);
    if (change !== 0) delta[labels] = change;
  }
  return delta;
}

/** Samples summed by one label's value ("{kind=\"heartbeat\",field=\"…\",reason=\"out_of_range\"}" → "out_of_range"). */
export function sumByLabel(samples: Record<string, number>, label: string): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const [labels, value] of Object.entries(samples)) {
    const key = labels.match(new RegExp(`${label}="([^"]*)"`))?.[1] ?? labels;
    sums[key] = (sums[key] ?? 0) + value;
  }
  return sums;
}
