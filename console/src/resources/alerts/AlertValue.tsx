// An alert's measured value against its rule's threshold, each in its unit:
// "82.5 °C > 70 °C", "45 min offline ≥ 30 min". The hub measures temperature in
// tenths of a degree and storage in bytes; thresholds are in °C and MB. A
// merchant's early warning shows its evidence in words.
import { useRecordContext, useTranslate } from 'react-admin';
import { WARNING_KINDS, WarningEvidence } from '../../insights/WarningEvidence';

const MB = 1_048_576;

export function AlertValue(_props: { label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record || record.value === null || record.value === undefined) return <>—</>;
  // An early warning about a merchant says what it judged, not one number.
  if (WARNING_KINDS.includes(record.kind)) return <WarningEvidence kind={record.kind} evidence={record.evidence} />;
  const value = Number(record.value);
  const threshold = record.threshold as number | null;
  const [measured, limit] = ((): [string, string | null] => {
    switch (record.kind) {
      case 'temperature_above': return [`${(value / 10).toFixed(1)} °C`, threshold === null ? null : `> ${threshold} °C`];
      case 'free_storage_below': return [`${Math.round(value / MB)} MB`, threshold === null ? null : `< ${threshold} MB`];
      case 'offline': return [translate('hub.alert.minutes', { smart_count: value }), threshold === null ? null : `≥ ${translate('hub.alert.minutes', { smart_count: threshold })}`];
      case 'repeated_reboots': return [translate('hub.alert.reboots', { smart_count: value }), threshold === null ? null : `≥ ${threshold}`];
      case 'payment_failure_rate': return [`${value}%`, threshold === null ? null : `> ${threshold}%`];
      default: return [String(value), null];
    }
  })();
  return <span data-testid="alert-value">{limit ? `${measured} ${limit}` : measured}</span>;
}
