// The first page after login: the fleet and the business today, kept current by
// the live event stream, with charts where a shape says more than a number.
import { Box, Card, CardContent, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatFen } from '../common/MoneyField';
import { ScreenMap } from './map/ScreenMap';
import { NeedsAttention } from './NeedsAttention';
import { StatCard } from './StatCard';
import { useOpenAlertCounts } from './useAttention';
import { useAdPlaysToday, usePaymentsToday, useRunningCampaigns, useScreenCounts } from './useDashboardFigures';

export function Dashboard() {
  const translate = useTranslate();
  const screens = useScreenCounts();
  const payments = usePaymentsToday();
  const alerts = useOpenAlertCounts();
  const campaigns = useRunningCampaigns();
  const plays = useAdPlaysToday();
  const byChannel = (payments.data?.byChannel ?? []).map((c) => ({ channel: c.channel, rate: Math.round(c.successRate * 1000) / 10, payments: c.payments }));

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, mt: 2 }}>
      <Title title={translate('hub.dashboard.title')} />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <StatCard label={translate('hub.dashboard.online')} value={screens.data?.online} sub={screens.data ? translate('hub.dashboard.of_total', { total: screens.data.total }) : undefined} testId="stat-online" />
        <StatCard label={translate('hub.dashboard.payments_today')} value={payments.data?.payments} sub={payments.data ? formatFen(payments.data.amountFen) : undefined} testId="stat-payments" />
        <StatCard label={translate('hub.dashboard.open_alerts')} value={alerts.data?.open} testId="stat-alerts" />
        <StatCard label={translate('hub.dashboard.campaigns_running')} value={campaigns.data} testId="stat-campaigns" />
        <StatCard label={translate('hub.dashboard.ad_plays_today')} value={plays.data?.total} testId="stat-plays" />
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <ChartCard title={translate('hub.dashboard.success_by_acquirer')} testId="chart-success" empty={byChannel.length === 0 ? translate('hub.dashboard.no_payments_today') : undefined}>
          <BarChart data={byChannel}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="channel" tickFormatter={(c: string) => translate(`hub.channel.${c}`, { _: c })} />
            <YAxis domain={[0, 100]} unit="%" />
            <Tooltip />
            <Bar dataKey="rate" name={translate('hub.dashboard.success_rate')} fill="#1976d2" />
          </BarChart>
        </ChartCard>
        <ChartCard title={translate('hub.dashboard.plays_by_hour')} testId="chart-plays-by-hour" empty={plays.data && plays.data.byHour.length === 0 ? translate('hub.dashboard.no_plays_today') : undefined}>
          <BarChart data={plays.data?.byHour ?? []}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="hour" tickFormatter={(h: string) => String(h).slice(11, 16)} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="plays" name={translate('hub.dashboard.plays')} fill="#7b1fa2" />
          </BarChart>
        </ChartCard>
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <ScreenMap />
        <NeedsAttention />
      </Box>
    </Box>
  );
}

/** A chart under its title, or what the empty chart would mean in words. */
function ChartCard({ title, children, testId, empty }: { title: string; children: React.ReactElement; testId: string; empty?: string }) {
  return (
    <Card sx={{ flex: '1 1 420px' }} data-testid={testId}>
      <CardContent>
        <Typography variant="h6">{title}</Typography>
        {empty ? (
          <Typography variant="body2" color="text.secondary" sx={{ height: 220, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>{empty}</Typography>
        ) : (
          <ResponsiveContainer width="100%" height={220}>
            {children}
          </ResponsiveContainer>
        )}
      </CardContent>
    </Card>
  );
}
