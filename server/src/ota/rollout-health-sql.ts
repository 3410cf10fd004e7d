// SQL of a campaign's canary: what the screens that took the update did since
// they took it, against the campaign's screens not yet updated over the same
// hours (from the first update on). Alerts opened, payments and how many
// failed, restarts (boots told by a fresh boot's heartbeats), and times the screen
// dropped off the network (presence events, a hub's own stop not counted).
// rollout-health.ts judges them.
import type { Queryable } from '../db/database.js';
import type { CampaignRow } from './campaign-sql.js';

export interface HealthFigures {
  updated: number;
  updated_alerting: number;
  updated_payments: number;
  updated_failed: number;
  updated_restarts: number;
  updated_offline: number;
  /** Screen-hours since each updated screen took the update. */
  updated_hours: number;
  rest: number;
  rest_alerting: number;
  rest_payments: number;
  rest_failed: number;
  rest_restarts: number;
  rest_offline: number;
  rest_hours: number;
}

export async function campaignHealthFigures(db: Queryable, campaign: Pick<CampaignRow, 'id' | 'tenant_id'>): Promise<HealthFigures> {
  const { rows } = await db.query<Record<keyof HealthFigures, string | null>>(
    `with screens as (
       select device_id, state = 'succeeded' as updated, finished_at from ota_campaign_devices
       where campaign_id = $1 and state not in ('superseded', 'cancelled')),
     since as (select min(finished_at) as at from screens where updated),
     -- Each screen's window: from its update (updated), or from the first update of the campaign (the rest).
     w as (select s.device_id, s.updated, case when s.updated then s.finished_at else since.at end as from_at
           from screens s, since where since.at is not null),
     pay as (select w.updated, count(*) as n, count(*) filter (where t.state = 'failed') as failed
             from w join transactions t on t.device_id = w.device_id and t.created_at > w.from_at group by w.updated),
     alerting as (select w.updated, count(distinct a.device_id) as n from w join alerts a on a.device_id = w.device_id and a.opened_at > w.from_at group by w.updated),
     -- A boot is when a heartbeat of a fresh boot says it began (received_at - uptime), to the minute; each counted once.
     restarts as (select w.updated, count(distinct (h.device_id, date_trunc('minute', h.received_at - make_interval(secs => h.uptime_s)))) as n
                  from w join device_heartbeats h on h.device_id = w.device_id and h.uptime_s < 600 and h.received_at > w.from_at
                   and h.received_at - make_interval(secs => h.uptime_s) > w.from_at
                  group by w.updated),
     offline as (select w.updated, count(*) as n from w join device_presence_events p
                   on p.tenant_id = $2 and p.device_id = w.device_id and p.at > w.from_at and not p.online and coalesce(p.reason, '') <> 'broker_shutdown'
                 group by w.updated),
     sizes as (select updated, count(*) as n, sum(extract(epoch from now() - from_at)) / 3600 as hours from w group by updated)
     select
       (select n from sizes where updated) as updated, (select hours from sizes where updated) as updated_hours,
       (select n from alerting where updated) as updated_alerting,
       (select n from pay where updated) as updated_payments, (select failed from pay where updated) as updated_failed,
       (select n from restarts where updated) as updated_restarts, (select n from offline where updated) as updated_offline,
       (select n from sizes where not updated) as rest, (select hours from sizes where not updated) as rest_hours,
       (select n from alerting where not updated) as rest_alerting,
       (select n from pay where not updated) as rest_payments, (select failed from pay where not updated) as rest_failed,
       (select n from restarts where not updated) as rest_restarts, (select n from offline where not updated) as rest_offline`,
    [campaign.id, campaign.tenant_id],
  );
  // Counts are bigints and hours numerics, which pg returns as strings; a side with nothing is null.
  return Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v ?? 0)])) as unknown as HealthFigures;
}
