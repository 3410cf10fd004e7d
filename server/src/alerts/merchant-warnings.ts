// Early warnings about a merchant's trade (takings falling, silent while its
// screen is online, refunds unlike its own, bursts of round tickets): judged by
// the insights domain when a day closes, kept here as alerts like any other so
// operators list, acknowledge and receive them (webhook, live stream) in one
// place. Opened and resolved in the caller's transaction; the caller publishes
// the returned alerts after the commit.
import type { Queryable } from '../db/database.js';
import { enqueueAlertDelivery } from '../webhooks/index.js';
import { alertPayload } from './alert-payload.js';
import { openMerchantWarnings, resolveMerchantWarnings, type AlertRow, type MerchantWarningKind } from './alert-sql.js';

export type { MerchantWarningKind } from './alert-sql.js';

export interface MerchantWarning {
  merchantId: string;
  kind: MerchantWarningKind;
  value: number;
  evidence: Record<string, unknown>;
}

/**
 * The judgement of `judged` merchants: `warnings` open (or stay open with today's evidence); their other open
 * warnings resolve. Returns the alerts opened or resolved now.
 */
export async function settleMerchantWarnings(tx: Queryable, tenantId: string, judged: string[], warnings: MerchantWarning[]): Promise<AlertRow[]> {
  const opened = await openMerchantWarnings(tx, tenantId, warnings);
  const resolved = await resolveMerchantWarnings(tx, tenantId, judged, warnings);
  for (const alert of [...opened, ...resolved]) {
    const event = alert.state === 'resolved' ? 'alert.resolved' : 'alert.opened';
    await enqueueAlertDelivery(tx, { tenantId, alertId: alert.id, event, payload: alertPayload(alert) });
  }
  return [...opened, ...resolved];
}
