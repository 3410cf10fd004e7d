// SQL of a campaign's health check: alerts and payment failures of the screens
// that took the update since they took it, against the rest of the tenant's
// fleet over the campaign's time (rollout-health.ts judges them).
import type { Queryable } from '../db/database.js';
import type { CampaignRow } from './campaign-sql.js';

export interface HealthFigures {
  updated: number;
  updated_alerting: number;
  rest: number;
  rest_alerting: number;
  updated_payments: number;
  updated_failed: number;
  rest_payments: number;
  rest_failed: number;
}

export async function campaignHealthFigures(db: Queryable, campaign: Pick<CampaignRow, 'id' | 'tenant_id' | 'started_at'>): Promise<HealthFigures> {
  const { rows } = await db.query<Record<keyof HealthFigures, string>>(
    `with updated as (select device_id, finished_at from ota_campaign_devices where campaign_id = $1 and state = 'succeeded')
     select
       (select count(*) from updated) as updated,
       (select count(*) from updated u where exists (select 1 from alerts a where a.device_id = u.device_id and a.opened_at > u.finished_at)) as updated_alerting,
       (select count(*) from devices d where d.tenant_id = $2 and d.status <> 'decommissioned' and d.id not in (select device_id from updated)) as rest,
       (select count(distinct a.device_id) from alerts a where a.tenant_id = $2 and a.opened_at > $3 and a.device_id not in (select device_id from updated)) as rest_alerting,
       (select count(*) from transactions t join updated u on u.device_id = t.device_id and t.created_at > u.finished_at) as updated_payments,
       (select count(*) from transactions t join updated u on u.device_id = t.device_id and t.created_at > u.finished_at where t.state = 'failed') as updated_failed,
       (select count(*) from transactions t where t.tenant_id = $2 and t.created_at > $3 and t.device_id not in (select device_id from updated)) as rest_payments,
       (select count(*) from transactions t where t.tenant_id = $2 and t.created_at > $3 and t.state = 'failed' and t.device_id not in (select device_id from updated)) as rest_failed`,
    [campaign.id, campaign.tenant_id, campaign.started_at],
  );
  // count(*) is a bigint, which pg returns as a string.
  return Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v)])) as unknown as HealthFigures;
}
