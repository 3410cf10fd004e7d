// The hub's own account of a payments run, from its /metrics: what it refused,
// dropped, left unsent or had to retry (each summed over its labels), and how
// many writes its group commit put in each statement. A collapse shows here.
const COUNTERS = [
  'hub_pay_requests_refused_total',
  'hub_pay_requests_duplicate_total',
  'hub_payment_cancel_retries_total',
  'hub_mqtt_uplinks_dropped_total',
  'hub_mqtt_downlinks_unsent_total',
  'hub_acquirer_answer_mismatches_total',
];

export function hubCounters(metrics: string): { counters: Record<string, number>; writesPerBatch: number | null } {
  const sum = (name: string) =>
    [...metrics.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+-]+)$`, 'gm'))].reduce((total, m) => total + Number(m[1]), 0);
  const counters = Object.fromEntries(COUNTERS.map((name) => [name, sum(name)]).filter(([, n]) => n !== 0));
  const batches = sum('hub_payment_write_batches');
  return { counters, writesPerBatch: batches > 0 ? Math.round((sum('hub_payment_writes') / batches) * 10) / 10 : null };
}
