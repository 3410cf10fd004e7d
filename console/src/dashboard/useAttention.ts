// The needs-attention figures: small counting reads of the hub (a one-row page
// and its Content-Range). Query keys start with their resource so live events
// refresh them (live/LiveEvents.tsx).
import { useQuery } from '@tanstack/react-query';
import { dataProvider } from '../dataProvider';

async function count(resource: string, filter: Record<string, unknown>): Promise<number> {
  const { total } = await dataProvider.getList(resource, { pagination: { page: 1, perPage: 1 }, sort: { field: '', order: 'ASC' }, filter });
  return total ?? 0;
}

/** The open alerts' counts: the needs-attention panel's and the dashboard's "open alerts" card read this one query. */
export function useOpenAlertCounts() {
  return useQuery({
    queryKey: ['alerts', 'attention'],
    queryFn: async () => {
      const [open, critical, mismatch, unavailable] = await Promise.all([
        count('alerts', { state: 'open' }),
        count('alerts', { state: 'open', severity: 'critical' }),
        count('alerts', { state: 'open', kind: 'reconciliation_mismatch' }),
        count('alerts', { state: 'open', kind: 'reconciliation_unavailable' }),
      ]);
      return { open, critical, reconciliations: mismatch + unavailable };
    },
  });
}

export function useAttention() {
  const offline = useQuery({ queryKey: ['devices', 'attention'], queryFn: () => count('devices', { online: false, trading: true }) });
  const alerts = useOpenAlertCounts();
  const campaigns = useQuery({
    queryKey: ['campaigns', 'attention'],
    queryFn: async () => (await dataProvider.getList('campaigns', { pagination: { page: 1, perPage: 10 }, sort: { field: 'createdAt', order: 'DESC' }, filter: { state: 'paused' } })).data.map((c) => String(c.name)),
  });
  const ready = offline.data !== undefined && alerts.data !== undefined && campaigns.data !== undefined;
  return {
    data: ready
      ? { offlineTrading: offline.data!, openAlerts: alerts.data!.open, criticalAlerts: alerts.data!.critical, reconciliationAlerts: alerts.data!.reconciliations, pausedCampaigns: campaigns.data! }
      : undefined,
  };
}
