// The alerts API: rules (admins write, everyone of the tenant reads), the alerts
// they and events raise (operators acknowledge), and the tenant's alert webhook.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { ConflictError, NotFoundError } from '../platform/errors.js';
import { IdParams } from '../platform/id-params.js';
import { checkFilter, ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import { newWebhookSecret, WebhookTargetSchemas } from '../webhooks/index.js';
import { alertPayload } from './alert-payload.js';
import { acknowledgeAlert, ALERT_STATE_RANK, deleteRule, findAlert, findRule, insertRule, listAlerts, listRules, setAlertWebhook, updateRule, type AlertRow, type RuleRow } from './alert-sql.js';

const Kind = Type.Union(
  [Type.Literal('offline'), Type.Literal('temperature_above'), Type.Literal('free_storage_below'), Type.Literal('repeated_reboots'), Type.Literal('payment_failure_rate')],
  { description: 'threshold unit: offline minutes, °C, free MB, reboots in the window, failure percent' },
);
const Severity = Type.Union([Type.Literal('critical'), Type.Literal('warning'), Type.Literal('info')]);
const HoldOff = (description: string) => Type.Optional(Type.Integer({ minimum: 0, maximum: 1440, description }));
const RuleFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  threshold: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  windowMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_080, description: 'look-back of repeated_reboots and payment_failure_rate; default 60' })),
  enabled: Type.Optional(Type.Boolean()),
  severity: Type.Optional(Type.Union(Severity.anyOf, { description: 'warning by default' })),
  openAfterMinutes: HoldOff('the condition must hold this long before an alert opens; 0 (default): at once'),
  clearAfterMinutes: HoldOff('and stay clear this long before it resolves, so a screen hovering at the threshold does not flap; 0 (default): at once'),
};
const CreateRuleBody = Type.Object({ ...RuleFields, kind: Kind }, { additionalProperties: false });
const UpdateRuleBody = Type.Partial(Type.Object(RuleFields));

const RuleSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  kind: Type.String(),
  threshold: Type.Integer(),
  windowMinutes: Type.Integer(),
  enabled: Type.Boolean(),
  severity: Severity,
  openAfterMinutes: Type.Integer(),
  clearAfterMinutes: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
});
const AlertSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  ruleId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()], { description: 'null for an alert raised by an event (payment_needs_attention)' }),
  rule: Type.Union([Type.String(), Type.Null()]),
  kind: Type.String({
    description:
      "a rule's kind, or an event's: payment_needs_attention (a payment a person must settle, see transactionId), reconciliation_mismatch (a scheduled reconciliation found differences, see reconciliationId), reconciliation_unavailable (the acquirer has not published a merchant's bill, see merchantId); the merchant early warnings takings_drop, silent_while_online, refund_ratio_high, round_ticket_burst (see merchantId and evidence)",
  }),
  severity: Severity,
  deviceId: Type.Union([Type.String(), Type.Null()], { description: 'null for an alert about a merchant' }),
  deviceName: Type.Union([Type.String(), Type.Null()]),
  storeId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()], { description: "the screen's store" }),
  storeName: Type.Union([Type.String(), Type.Null()]),
  transactionId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  merchantId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()], { description: "the alert's merchant, or its screen's" }),
  merchantName: Type.Union([Type.String(), Type.Null()]),
  city: Type.Union([Type.String(), Type.Null()]),
  reconciliationId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  state: Type.Union([Type.Literal('open'), Type.Literal('acknowledged'), Type.Literal('resolved')]),
  value: Type.Union([Type.Integer(), Type.Null()], { description: 'as measured: minutes offline, deci-degrees Celsius, free bytes, reboots, failure percent' }),
  threshold: Type.Union([Type.Integer(), Type.Null()], { description: "the rule's, in its unit: minutes, °C, MB, reboots, percent" }),
  openedAt: Type.String({ format: 'date-time' }),
  acknowledgedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  acknowledgedNote: Type.Union([Type.String(), Type.Null()]),
  resolvedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  evidence: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()], { description: "an early warning's figures: the day judged and what it was compared with" }),
});
// Filters are checked with TypeBox's Value.Check, which knows no string formats: a pattern.
const UuidPattern = Type.String({ pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' });
const AlertFilter = Type.Object(
  {
    state: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('acknowledged'), Type.Literal('resolved')])),
    deviceId: Type.Optional(Type.String()),
    ruleId: Type.Optional(UuidPattern),
    transactionId: Type.Optional(UuidPattern),
    merchantId: Type.Optional(UuidPattern),
    severity: Type.Optional(Severity),
    kind: Type.Optional(Type.String({ pattern: '^[a-z_]{1,64}(,[a-z_]{1,64}){0,15}$', description: 'one kind, or several separated by commas' })),
    city: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    openedFrom: Type.Optional(Type.String({ format: 'date-time' })),
    openedTo: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);
const AcknowledgeBody = Type.Object({ note: Type.Optional(Type.String({ maxLength: 500, description: 'what the operator is doing about it' })) }, { additionalProperties: false });

const toRuleDto = (r: RuleRow): Static<typeof RuleSchema> => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  threshold: r.threshold,
  windowMinutes: r.window_minutes,
  enabled: r.enabled,
  severity: r.severity,
  openAfterMinutes: r.open_after_minutes,
  clearAfterMinutes: r.clear_after_minutes,
  createdAt: r.created_at.toISOString(),
});
const toAlertDto = (a: AlertRow): Static<typeof AlertSchema> => ({
  id: a.id,
  ruleId: a.rule_id,
  rule: a.rule_name,
  kind: a.kind,
  severity: a.severity,
  deviceId: a.device_id,
  deviceName: a.device_name,
  storeId: a.store_id,
  storeName: a.store_name,
  transactionId: a.transaction_id,
  merchantId: a.any_merchant_id,
  merchantName: a.merchant_name,
  city: a.city,
  reconciliationId: a.reconciliation_id,
  state: a.state,
  value: a.value === null ? null : Number(a.value),
  threshold: a.threshold,
  openedAt: a.opened_at.toISOString(),
  acknowledgedAt: a.acknowledged_at?.toISOString() ?? null,
  acknowledgedNote: a.acknowledged_note,
  resolvedAt: a.resolved_at?.toISOString() ?? null,
  evidence: a.evidence,
});

export async function alertRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['alerts'];
  const security = [{ bearer: [] }];

  app.post(
    '/api/alert-rules',
    { onRequest: app.requireRole('admin'), schema: { tags, security, summary: 'Create an alert rule', body: CreateRuleBody, response: { 201: RuleSchema } } },
    async (request, reply) => {
      reply.status(201);
      return toRuleDto(await insertRule(app.db, request.user.tenantId, request.body));
    },
  );

  app.get(
    '/api/alert-rules',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'List alert rules', querystring: ListQuerystring, response: { 200: Type.Array(RuleSchema) } } },
    async (request, reply) => {
      const page = parseListQuery(request.query, { sortable: { name: 'name', createdAt: 'created_at' }, defaultSort: ['createdAt', 'ASC'], tieBreaker: 'id' });
      const { rows, total } = await listRules(app.db, request.user.tenantId, page);
      return withContentRange(reply, 'alert-rules', rows.map(toRuleDto), page.offset, total);
    },
  );

  app.get(
    '/api/alert-rules/:id',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'One alert rule', params: IdParams, response: { 200: RuleSchema } } },
    async (request) => {
      const rule = await findRule(app.db, request.user.tenantId, request.params.id);
      if (!rule) throw new NotFoundError('alert rule');
      return toRuleDto(rule);
    },
  );

  app.put(
    '/api/alert-rules/:id',
    { onRequest: app.requireRole('admin'), schema: { tags, security, summary: 'Change or disable a rule (a disabled rule\'s alerts resolve)', params: IdParams, body: UpdateRuleBody, response: { 200: RuleSchema } } },
    async (request) => {
      const rule = await updateRule(app.db, request.user.tenantId, request.params.id, request.body);
      if (!rule) throw new NotFoundError('alert rule');
      return toRuleDto(rule);
    },
  );

  app.delete(
    '/api/alert-rules/:id',
    { onRequest: app.requireRole('admin'), schema: { tags, security, summary: 'Delete a rule and its alerts', params: IdParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      if (!(await deleteRule(app.db, request.user.tenantId, request.params.id))) throw new NotFoundError('alert rule');
      reply.status(204);
      return null;
    },
  );

  app.get(
    '/api/alerts',
    {
      onRequest: app.requireRole('viewer'),
      schema: {
        tags, security, summary: 'List alerts, newest first',
        description: 'filter keys: state, deviceId, ruleId, transactionId, merchantId (the alert\'s or its screen\'s), severity, kind, city, openedFrom, openedTo; sort `priority` puts open ones first',
        querystring: ListQuerystring, response: { 200: Type.Array(AlertSchema) },
      },
    },
    async (request, reply) => {
      const page = parseListQuery(request.query, { sortable: { openedAt: 'a.opened_at', state: 'a.state', priority: ALERT_STATE_RANK }, defaultSort: ['openedAt', 'DESC'], tieBreaker: 'a.opened_at desc, a.id' });
      const filter = checkFilter(AlertFilter, page.filter);
      const { rows, total } = await listAlerts(app.db, request.user.tenantId, filter, page);
      return withContentRange(reply, 'alerts', rows.map(toAlertDto), page.offset, total);
    },
  );

  app.get(
    '/api/alerts/:id',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'One alert', params: IdParams, response: { 200: AlertSchema } } },
    async (request) => {
      const alert = await findAlert(app.db, request.user.tenantId, request.params.id);
      if (!alert) throw new NotFoundError('alert');
      return toAlertDto(alert);
    },
  );

  app.post(
    '/api/alerts/:id/acknowledge',
    { onRequest: app.requireRole('operator'), schema: { tags, security, summary: 'Acknowledge an open alert, with a note (it still resolves by itself when the condition clears)', params: IdParams, body: Type.Optional(AcknowledgeBody), response: { 200: AlertSchema } } },
    async (request) => {
      const { tenantId, id: operatorId } = request.user;
      const note = request.body?.note?.trim() || null;
      const alert = await acknowledgeAlert(app.db, tenantId, request.params.id, operatorId, note);
      if (!alert) {
        const existing = await findAlert(app.db, tenantId, request.params.id);
        if (!existing) throw new NotFoundError('alert');
        throw new ConflictError(`the alert is ${existing.state}`);
      }
      app.hubEvents.publish(tenantId, 'alert.acknowledged', alertPayload(alert));
      return toAlertDto(alert);
    },
  );

  app.put(
    '/api/alert-webhook',
    {
      onRequest: app.requireRole('admin'),
      schema: {
        tags,
        security,
        summary: 'Set (or rotate) where the tenant\'s alert notifications are POSTed; the signing secret is returned only here',
        ...WebhookTargetSchemas,
      },
    },
    async (request) => {
      const url = app.outbound.acceptUrl('url', request.body.url);
      const secret = newWebhookSecret(app.secretBox);
      await setAlertWebhook(app.db, request.user.tenantId, url, secret.sealed);
      return { url, secret: secret.shown };
    },
  );
}
