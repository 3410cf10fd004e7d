// What the tenant's alert webhook and the live stream receive when an alert
// opens, is acknowledged or resolves: its schema (the OpenAPI document's
// `webhooks`, index.ts) and the function that builds it, typed by the schema.
import { Type, type Static } from '@sinclair/typebox';
import type { AlertRow } from './alert-sql.js';

const OrNull = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const AlertWebhookSchema = Type.Object(
  {
    alertId: Type.String({ format: 'uuid' }),
    ruleId: OrNull(Type.String({ format: 'uuid' })),
    rule: OrNull(Type.String({ description: "the rule's name; null for an alert raised by an event" })),
    kind: Type.String({ description: 'what is watched, e.g. offline, temperature, payment_needs_attention, reconciliation_mismatch, takings_drop' }),
    deviceId: OrNull(Type.String()),
    transactionId: OrNull(Type.String({ format: 'uuid' })),
    merchantId: OrNull(Type.String({ format: 'uuid' })),
    reconciliationId: OrNull(Type.String({ format: 'uuid' })),
    state: Type.String({ description: 'open, acknowledged or resolved' }),
    severity: Type.String({ description: 'info, warning or critical' }),
    value: OrNull(Type.Number({ description: 'the figure that breached' })),
    threshold: OrNull(Type.Number()),
    openedAt: Type.String({ format: 'date-time' }),
    resolvedAt: OrNull(Type.String({ format: 'date-time' })),
    evidence: OrNull(Type.Object({}, { additionalProperties: true, description: "an early warning's figures, what it judged on" })),
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
