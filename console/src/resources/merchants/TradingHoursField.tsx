// A merchant's trading hours as a line per span: "Mon Tue 08:00–22:00".
import { useRecordContext, useTranslate } from 'react-admin';

interface Span {
  days: number[];
  opens: string;
  closes: string;
}

export function TradingHoursField(_props: { label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const spans = (record?.tradingHours as Span[] | null | undefined) ?? [];
  if (spans.length === 0) return <span data-testid="trading-hours">{translate('hub.merchant.always_open')}</span>;
  return (
    <span data-testid="trading-hours">
      {spans.map((s, i) => <div key={i}>{`${s.days.map((d) => translate(`hub.weekday.${d}`)).join(' ')} ${s.opens}–${s.closes}`}</div>)}
    </span>
  );
}
