// A merchant's insights tab: takings per day over 30, 90 or 365 days (in the
// merchant's own time zone), the span's totals, the channel mix, the busiest
// hours, how much of its trading hours a screen was online, and its early
// warnings with their evidence. All from the hub's daily rollups.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Box, Card, CardContent, Chip, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatFen } from '../common/MoneyField';
import { dataProvider } from '../dataProvider';
import { WARNING_KINDS, WarningEvidence } from './WarningEvidence';

interface Totals {
  payments: number;
  succeeded: number;
  takingsFen: number;
  refunds: number;
  refundedFen: number;
  averageTicketFen: number | null;
  activeDays: number;
  channels: Record<string, number>;
  busiestHours: Array<{ hour: number; succeeded: number }>;
  tradingMinutes: number;
  onlineTradingMinutes: number;
}
interface Insights {
  timezone: string;
  from: string;
  to: string;
  totals: Totals;
  days: Array<{ day: string; takingsFen: number; succeeded: number }>;
}

const SPANS = [30, 90, 365];

/** YYYY-MM-DD of now in an IANA zone (the Swedish locale writes dates that way). */
const todayIn = (timezone: string) => new Date().toLocaleDateString('sv-SE', { timeZone: timezone });

export function MerchantInsights() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [span, setSpan] = useState(30);
  const insights = useQuery({
    queryKey: ['merchant-insights', record?.id, span],
    enabled: !!record,
    queryFn: async () => {
      // The span ends on the merchant's today, in its zone as the hub counts its days.
      const to = todayIn(record!.timezone ?? 'Asia/Shanghai');
      const from = new Date(Date.parse(`${to}T00:00:00Z`) - (span - 1) * 86_400_000).toISOString().slice(0, 10);
      return (await dataProvider.send<Insights>('GET', `/merchants/${record!.id}/insights?from=${from}&to=${to}`)).data;
    },
  });
  if (!record) return null;
  const data = insights.data;
  return (
    <Stack spacing={2} sx={{ mt: 1 }} data-testid="merchant-insights">
      <ToggleButtonGroup size="small" exclusive value={span} onChange={(_e, value: number | null) => value && setSpan(value)}>
        {SPANS.map((days) => (
          <ToggleButton key={days} value={days}>
            {translate('hub.insights.last_days', { smart_count: days })}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {insights.error ? <Typography color="error">{(insights.error as Error).message}</Typography> : null}
      {data ? <Figures totals={data.totals} /> : null}
      {data ? (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="subtitle2">{translate('hub.insights.takings_per_day')}</Typography>
            <Typography variant="caption" color="text.secondary" data-testid="merchant-span">
              {translate('hub.insights.span', { from: data.from, to: data.to, timezone: data.timezone })}
            </Typography>
            <Box sx={{ height: 240 }}>
              <ResponsiveContainer>
                <BarChart data={data.days.map((d) => ({ day: d.day, yuan: d.takingsFen / 100 }))}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="day" tickFormatter={(day: string) => day.slice(5)} />
                  <YAxis />
                  <Tooltip formatter={(yuan) => formatFen(Math.round(Number(yuan) * 100))} />
                  {/* Drawn at once: a screenshot or a reader arriving mid-animation would see bars still growing. */}
                  <Bar dataKey="yuan" name={translate('hub.insights.takings')} fill="#1976d2" isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </Box>
          </CardContent>
        </Card>
      ) : null}
      <MerchantWarnings merchantId={String(record.id)} />
    </Stack>
  );
}

function Figures({ totals }: { totals: Totals }) {
  const translate = useTranslate();
  const coverage = totals.tradingMinutes > 0 ? `${Math.round((totals.onlineTradingMinutes / totals.tradingMinutes) * 100)}%` : '—';
  const figures: Array<[string, string]> = [
    ['takings', formatFen(totals.takingsFen)],
    ['succeeded', `${totals.succeeded} / ${totals.payments}`],
    ['average_ticket', totals.averageTicketFen === null ? '—' : formatFen(totals.averageTicketFen)],
    ['refunds', `${totals.refunds} · ${formatFen(totals.refundedFen)}`],
    ['active_days', String(totals.activeDays)],
    ['coverage', coverage],
    ['channel_mix', Object.entries(totals.channels).filter(([, n]) => n > 0).map(([c, n]) => `${translate(`hub.channel.${c}`)} ${n}`).join(' · ') || '—'],
    ['busiest_hours', totals.busiestHours.map((h) => translate('hub.insights.hour', { hour: h.hour })).join(' · ') || '—'],
  ];
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 1 }} data-testid="merchant-figures">
      {figures.map(([key, value]) => (
        <Card key={key} variant="outlined">
          <CardContent>
            <Typography variant="caption" color="text.secondary">{translate(`hub.insights.${key}`)}</Typography>
            <Typography variant="h6">{value}</Typography>
          </CardContent>
        </Card>
      ))}
    </Box>
  );
}

function MerchantWarnings({ merchantId }: { merchantId: string }) {
  const translate = useTranslate();
  const { data } = useGetList('alerts', { filter: { merchantId, kind: WARNING_KINDS.join(',') }, pagination: { page: 1, perPage: 20 }, sort: { field: 'priority', order: 'ASC' } });
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="subtitle2">{translate('hub.insights.warnings')}</Typography>
        {data && data.length === 0 ? <Typography color="text.secondary">{translate('hub.insights.no_warnings')}</Typography> : null}
        {(data ?? []).map((alert) => (
          <Box key={alert.id} sx={{ display: 'flex', gap: 1, alignItems: 'center', mt: 1 }} data-testid="merchant-warning">
            <Chip size="small" color={alert.state === 'resolved' ? 'default' : 'warning'} label={translate(`hub.alert_kind.${alert.kind}`)} />
            <Chip size="small" variant="outlined" label={translate(`hub.state.${alert.state}`, { _: alert.state })} />
            <WarningEvidence kind={alert.kind} evidence={alert.evidence} />
          </Box>
        ))}
      </CardContent>
    </Card>
  );
}
