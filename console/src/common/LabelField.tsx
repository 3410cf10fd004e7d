// A code from the hub (a channel, a kind, a status) shown as its translated
// label, and the same labels as a filter's choices: codes never reach the page.
import { useRecordContext, useTranslate } from 'react-admin';

export function LabelField({ source, prefix }: { source: string; prefix: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source] as string | null | undefined;
  if (value === null || value === undefined || value === '') return <>—</>;
  return <>{translate(`${prefix}.${value}`, { _: value })}</>;
}

export function useLabelledChoices(ids: string[], prefix: string) {
  const translate = useTranslate();
  return ids.map((id) => ({ id, name: translate(`${prefix}.${id}`, { _: id }) }));
}
