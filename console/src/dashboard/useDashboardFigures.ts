// The dashboard's figures, each one small read of the hub. Query keys start with
// the resource they come from, so the live event stream's invalidation
// (live/LiveEvents.tsx) refreshes them when a screen connects, a payment ends…
import { useQuery } from '@tanstack/react-query';
import { dataProvider } from '../dataProvider';

/** Start of today in China Standard Time (where the merchants trade), as an ISO instant. */
export function startOfTodayInChina(now = Date.now()): string {
  const shifted = new Date(now + 8 * 3_600_000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()) - 8 * 3_600_000).toISOString();
}

/** Rows matching `filter`, from Content-Range of a one-row page. */
async function count(resource: string, filter: Record<string, unknown> = {}): Promise<number> {
  const { total } = await dataProvider.getList(resource, { pagination: { page: 1, perPage: 1 }, sort: { field: '', order: 'ASC' }, filter });
  return total ?? 0;
}

export interface PaymentSummary {
  payments: number;
  succeeded: number;
  amountFen: number;
  byChannel: Array<{ channel: string; payments: number; succeeded: number; successRate: number; amountFen: number }>;
}

interface ReportRow {
  id: string;
  name: string;
  plays: number;
}

export function useScreenCounts() {
  return useQuery({
    queryKey: ['devices', 'dashboard-counts'],
    queryFn: async () => {
      const [online, total] = await Promise.all([count('devices', { online: true }), count('devices')]);
      return { online, total };
    },
  });
}

export function usePaymentsToday() {
  return useQuery({
    queryKey: ['transactions', 'dashboard-summary'],
    queryFn: async () => (await dataProvider.send<PaymentSummary>('GET', `/transactions/summary?since=${encodeURIComponent(startOfTodayInChina())}`)).data,
  });
}


export function useRunningCampaigns() {
  return useQuery({ queryKey: ['campaigns', 'dashboard-running'], queryFn: () => count('campaigns', { state: 'running' }) });
}

/** Plays per hour today; proofs arrive in batches with no event, so this one is re-read every minute. */
export function useAdPlaysToday() {
  return useQuery({
    queryKey: ['ad-reports', 'dashboard-today'],
    refetchInterval: 60_000,
    queryFn: async () => {
      const from = startOfTodayInChina();
      const { data } = await dataProvider.send<ReportRow[]>('GET', `/ad-reports?groupBy=hour&from=${encodeURIComponent(from)}&to=${encodeURIComponent(new Date().toISOString())}`);
      return { total: data.reduce((n, r) => n + r.plays, 0), byHour: data.map((r) => ({ hour: r.id, plays: r.plays })) };
    },
  });
}
