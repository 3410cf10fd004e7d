// A wave as operators count it, from 1 (the hub's waves are zero-based, and -1
// before the start): the pause reason and the progress bars say "wave 1" too.
import { FunctionField, type RaRecord } from 'react-admin';

export function WaveField({ source, label }: { source: string; label?: string }) {
  return <FunctionField source={source} label={label} sortable={false} render={(record: RaRecord) => (typeof record[source] === 'number' && record[source] >= 0 ? record[source] + 1 : '—')} />;
}
