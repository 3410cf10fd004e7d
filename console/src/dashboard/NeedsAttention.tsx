// What an operator should look at first: screens offline while their shop
// trades, open alerts (critical first), campaigns the canary or an operator
// paused, and reconciliations that found differences or never got a bill. Each
// line links to the list that shows them.
import { Box, Card, CardContent, Chip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useAttention } from './useAttention';

const listUrl = (resource: string, filter: Record<string, unknown>) => `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

export function NeedsAttention() {
  const translate = useTranslate();
  const { data } = useAttention();
  const rows: Array<{ key: string; count: number | undefined; to: string; detail?: string }> = [
    { key: 'offline_trading', count: data?.offlineTrading, to: listUrl('devices', { online: false, trading: true }) },
    { key: 'critical_alerts', count: data?.criticalAlerts, to: listUrl('alerts', { state: 'open', severity: 'critical' }) },
    { key: 'open_alerts', count: data?.openAlerts, to: listUrl('alerts', { state: 'open' }) },
    { key: 'paused_campaigns', count: data?.pausedCampaigns.length, to: listUrl('campaigns', { state: 'paused' }), detail: data?.pausedCampaigns.join('、') },
    { key: 'reconciliations', count: data?.reconciliationAlerts, to: listUrl('alerts', { state: 'open', kind: 'reconciliation_mismatch' }) },
  ];
  return (
    <Card sx={{ flex: '1 1 320px' }} data-testid="needs-attention">
      <CardContent>
        <Typography variant="h6">{translate('hub.attention.title')}</Typography>
        {rows.map((row) => (
          <Box key={row.key} sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.5 }} data-testid={`attention-${row.key}`} data-count={row.count ?? ''}>
            <Chip size="small" label={row.count ?? '…'} color={row.count ? 'error' : 'default'} />
            <Link to={row.to}>{translate(`hub.attention.${row.key}`)}</Link>
            {row.detail && <Typography variant="caption" noWrap>{row.detail}</Typography>}
          </Box>
        ))}
      </CardContent>
    </Card>
  );
}
