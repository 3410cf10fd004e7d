// An early warning in words: its figure in its unit, and the evidence the hub
// judged the merchant on (insights/early-warnings.ts on the hub), money in yuan.
import { useTranslate } from 'react-admin';
import { formatFen } from '../common/MoneyField';

export const WARNING_KINDS = ['takings_drop', 'silent_while_online', 'refund_ratio_high', 'round_ticket_burst'];

type Evidence = Record<string, unknown>;

function wordsOf(kind: string, e: Evidence): Record<string, string | number> | undefined {
  const fen = (key: string) => formatFen(e[key] as number);
  switch (kind) {
    case 'takings_drop':
      return { day: String(e.day), takings: fen('takingsFen'), baseline: fen('baselineFen'), percent: Number(e.dropPercent) };
    case 'silent_while_online': {
      const days = (e.silentDays as Array<{ tradingMinutes: number; onlineTradingMinutes: number }>) ?? [];
      const last = days.at(-1);
      return { day: String(e.day), days: days.length, online: last?.onlineTradingMinutes ?? 0, trading: last?.tradingMinutes ?? 0 };
    }
    case 'refund_ratio_high':
      return { day: String(e.day), ratio: Number(e.ratioPercent), history: Number(e.historyRatioPercent), refunds: Number(e.refunds) };
    case 'round_ticket_burst':
      return { day: String(e.day), count: Number(e.roundTickets), average: fen('roundAverageFen'), usual: fen('usualTicketFen') };
    default:
      return undefined;
  }
}

export function WarningEvidence({ kind, evidence }: { kind: string; evidence: Evidence | null | undefined }) {
  const translate = useTranslate();
  const words = evidence ? wordsOf(kind, evidence) : undefined;
  if (!words) return <>—</>;
  return <span data-testid="warning-evidence">{translate(`hub.insights.evidence.${kind}`, words)}</span>;
}

/**
 * The alert's `value` in its kind's unit: the drop in per cent, the silent days,
 * the refunds' share of takings in per cent, the round tickets.
 */
export function WarningFigure({ kind, value }: { kind: string; value: number | string | null | undefined }) {
  const translate = useTranslate();
  if (value === null || value === undefined || !WARNING_KINDS.includes(kind)) return <>—</>;
  return <span data-testid="warning-figure">{translate(`hub.insights.figure.${kind}`, { smart_count: Number(value), value: Number(value) })}</span>;
}
