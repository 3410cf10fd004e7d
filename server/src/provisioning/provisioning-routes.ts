// The provisioning API: factory batches imported from CSV (operators), and the
// claim a screen makes on its first boot with its serial and claim code, which
// answers with its credentials and where to connect.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { hashDeviceSecret } from '../devices/index.js';
import { NotFoundError, rejectedFile } from '../platform/errors.js';
import { ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import type { ClaimService } from './claim-service.js';
import { parseFactoryCsv } from './factory-csv.js';
import { existingSerials, insertBatch, listBatches, reopen, type BatchRow } from './provisioning-sql.js';

const BatchSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  model: Type.String(),
  hardwareRevision: Type.String(),
  deviceCount: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
});
const toBatch = (b: BatchRow) => ({ id: b.id, name: b.name, model: b.model, hardwareRevision: b.hardware_revision, deviceCount: b.device_count, createdAt: b.created_at.toISOString() });

/** A factory file: 20 MB holds 100,000 screens comfortably. */
const CSV_BODY_LIMIT_BYTES = 20 * 1024 * 1024;

export async function provisioningRoutes(fastify: FastifyInstance, options: { claims: ClaimService; publicMqttUrl?: string; heartbeatIntervalSeconds: number }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['provisioning'];
  const security = [{ bearer: [] }];
  const { claims, publicMqttUrl, heartbeatIntervalSeconds } = options;

  // Factory files arrive as text/csv.
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: CSV_BODY_LIMIT_BYTES }, (_request, body, done) => done(null, body));

  app.post(
    '/api/provisioning/batches',
    {
      onRequest: app.requireRole('operator'),
      config: { uploadMediaTypes: ['text/csv'], problems: { 422: 'Bad rows (each listed in `errors` with its line); nothing was imported.' } },
      schema: {
        tags,
        security,
        summary: 'Import a factory batch (text/csv: "serial,claim_code" then one screen per line); all or nothing',
        description: 'A file with any bad row is refused whole with 422, listing every bad row with its line number.',
        querystring: Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }), model: Type.String({ minLength: 1, maxLength: 100 }), hardwareRevision: Type.Optional(Type.String({ maxLength: 50 })) }),
        body: Type.String({ description: 'CSV' }),
        response: { 201: BatchSchema },
      },
    },
    async (request, reply) => {
      const { rows, errors } = parseFactoryCsv(request.body);
      const taken = rows.length > 0 ? await existingSerials(app.db, rows.map((r) => r.serial)) : new Set<string>();
      for (const row of rows) if (taken.has(row.serial)) errors.push({ line: row.line, serial: row.serial, reason: 'serial is already registered' });
      if (errors.length > 0) {
        errors.sort((a, b) => a.line - b.line);
        throw rejectedFile(`${errors.length} bad row(s); nothing was imported`, errors.slice(0, 1000) as unknown as Array<Record<string, unknown>>);
      }
      const batch = await insertBatch(
        app.db,
        { tenantId: request.user.tenantId, name: request.query.name, model: request.query.model, hardwareRevision: request.query.hardwareRevision ?? '', createdBy: request.user.id },
        rows.map((r) => ({ serial: r.serial, claimCodeHash: hashDeviceSecret(r.claimCode) })),
      );
      reply.status(201);
      return toBatch(batch);
    },
  );

  app.get(
    '/api/provisioning/batches',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'Factory batches', querystring: ListQuerystring, response: { 200: Type.Array(BatchSchema) } } },
    async (request, reply) => {
      const page = parseListQuery(request.query, { sortable: { createdAt: 'created_at', name: 'name' }, defaultSort: ['createdAt', 'DESC'], tieBreaker: 'id' });
      const { rows, total } = await listBatches(app.db, request.user.tenantId, page);
      return withContentRange(reply, 'batches', rows.map(toBatch), page.offset, total);
    },
  );

  app.post(
    '/api/provisioning/devices/:serial/reopen',
    {
      onRequest: app.requireRole('operator'),
      schema: { tags, security, summary: 'Let a claimed screen claim again (new credentials on its next claim)', params: Type.Object({ serial: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }) }), response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      if (!(await reopen(app.db, request.user.tenantId, request.params.serial))) throw new NotFoundError('claimed serial');
      reply.status(204);
    },
  );

  app.post(
    '/api/provision',
    {
      schema: {
        tags,
        summary: 'Zero-touch claim by a fresh screen (no operator token): serial and claim code in, identity out, once',
        body: Type.Object({ serial: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }), claimCode: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            deviceId: Type.String(),
            secret: Type.String({ description: 'MQTT password' }),
            paymentKey: Type.String({ description: 'base64url HMAC key for PayRequests' }),
            mqttUrl: Type.String(),
            heartbeatIntervalS: Type.Integer(),
          }),
        },
      },
      // Per source address; per serial, ClaimService counts failed guesses.
      config: {
        rateLimit: { max: 30, timeWindow: '1 minute' },
        problems: { 401: 'The serial and claim code do not match a screen waiting to be claimed.', 409: 'This serial has been claimed already (an operator may reopen it).' },
      },
    },
    async (request) => {
      const identity = await claims.claim(request.body.serial, request.body.claimCode);
      const mqttUrl = publicMqttUrl ?? `mqtt://${request.hostname.replace(/:\d+$/, '')}:${app.mqtt.addresses.tcp?.port ?? 1883}`;
      return { ...identity, mqttUrl, heartbeatIntervalS: heartbeatIntervalSeconds };
    },
  );
}
