// Alerts raised by an event instead of a rule: a payment (or a refund of it)
// that reached `needs_attention`, which only a person can settle. Opened in
// the caller's database transaction, together with the tenant's alert webhook,
// so the final state and its alert commit as one; the caller publishes the
// returned alert on the live stream after the commit.
import type { Queryable } from '../db/database.js';
import { enqueueAlertDelivery } from '../webhooks/index.js';
import { alertPayload } from './alert-payload.js';
import { openTransactionAlert, type AlertRow } from './alert-sql.js';

export async function raisePaymentAlert(
  tx: Queryable,
  payment: { tenant_id: string; device_id: string; id: string; amount_fen: number },
): Promise<AlertRow | undefined> {
  const alert = await openTransactionAlert(tx, {
    tenantId: payment.tenant_id,
    kind: 'payment_needs_attention',
    deviceId: payment.device_id,
    transactionId: payment.id,
    value: payment.amount_fen,
  });
  if (alert) await enqueueAlertDelivery(tx, { tenantId: alert.tenant_id, alertId: alert.id, event: 'alert.opened', payload: alertPayload(alert) });
  return alert;
}
