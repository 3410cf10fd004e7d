// What the tenant's alert webhook and the live stream receive when an alert
// opens, is acknowledged or resolves: its schema (the OpenAPI document's
// `webhooks`, index.ts) and the function that builds it, typed by the schema.
import { Type, type Static } from '@sinclair/typebox';
import type { AlertRow } from './alert-sql.js';
import { Nullable } from '../platform/nullable-schema.js';


export const AlertWebhookSchema = Type.Object(
  {
    alertId: Type.String({ format: 'uuid' }),
    ruleId: Nullable(Type.String({ format: 'uuid' })),
    rule: Nullable(Type.String({ description: "the rule's name; null for an alert raised by an event" })),
    kind: Type.String({ description: 'what is watched, e.g. offline, temperature, payment_needs_attention, reconciliation_mismatch, takings_drop' }),
    deviceId: Nullable(Type.String()),
    transactionId: Nullable(Type.String({ format: 'uuid' })),
    merchantId: Nullable(Type.String({ format: 'uuid' })),
    reconciliationId: Nullable(Type.String({ format: 'uuid' })),
    state: Type.String({ description: 'open, acknowledged or resolved' }),
    severity: Type.String({ description: 'info, warning or critical' }),
    value: Nullable(Type.Number({ description: 'the figure that breached' })),
    threshold: Nullable(Type.Number()),
    openedAt: Type.String({ format: 'date-time' }),
    resolvedAt: Nullable(Type.String({ format: 'date-time' })),
    evidence: Nullable(Type.Object({}, { additionalProperties: true, description: "an early warning's figures, what it judged on" })),
  },
  { additionalProperties: false },
);

export function alertPayload(alert: AlertRow): Static<typeof AlertWebhookSchema> {
  return {
    alertId: alert.id,
    ruleId: alert.rule_id,
    rule: alert.rule_name,
    kind: alert.kind,
    deviceId: alert.device_id,
    transactionId: alert.transaction_id,
    merchantId: alert.merchant_id,
    reconciliationId: alert.reconciliation_id,
    state: alert.state,
    severity: alert.severity,
    value: alert.value,
    threshold: alert.threshold,
    openedAt: alert.opened_at.toISOString(),
    resolvedAt: alert.resolved_at?.toISOString() ?? null,
    evidence: alert.evidence,
  };
}
