// Alerts raised by the daily reconciliation: a scheduled report with
// mismatches (value: how many), or a merchant's bill the acquirer still had not
// published after every retry (value: the tries). Opened in the caller's
// database transaction with the tenant's alert webhook, like payment alerts;
// the caller publishes the returned alert on the live stream after the commit.
import type { Queryable } from '../db/database.js';
import { enqueueAlertDelivery } from '../webhooks/index.js';
import { alertPayload } from './alert-payload.js';
import { openMerchantAlert, type AlertRow } from './alert-sql.js';

export async function raiseReconciliationAlert(
  tx: Queryable,
  about: { tenantId: string; merchantId: string; kind: 'reconciliation_mismatch' | 'reconciliation_unavailable'; reconciliationId?: string; value: number },
): Promise<AlertRow | undefined> {
  const alert = await openMerchantAlert(tx, about);
  if (alert) await enqueueAlertDelivery(tx, { tenantId: alert.tenant_id, alertId: alert.id, event: 'alert.opened', payload: alertPayload(alert) });
  return alert;
}
