// Conformance mode's API (HUB_CONFORMANCE=true): what the conformance suite
// asks of the hub about the screen under test: its journal, faults to plant,
// its connection dropped, a forged downlink. Operators of the screen's tenant
// only; another tenant's screen is not found.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { DeviceIdParams, findDevice } from '../devices/index.js';
import { NotFoundError } from '../platform/errors.js';
import type { ConformanceWatch, PlantedFaults } from './conformance-watch.js';
import { publishForgedCommand } from './forged-downlink.js';

const JournalEntrySchema = Type.Object({
  atMs: Type.Integer({ description: 'hub clock, UTC ms' }),
  event: Type.Union(['connect', 'connect_refused', 'dropped', 'uplink', 'downlink', 'downlink_lost', 'downlink_held', 'downlink_forged', 'download'].map((e) => Type.Literal(e))),
  kind: Type.Optional(Type.String({ description: 'the body of the uplink or downlink: hello, payRequest, payResult, command, …' })),
  orderNo: Type.Optional(Type.String()),
  amountFen: Type.Optional(Type.Integer()),
  status: Type.Optional(Type.String({ description: 'a PayResult’s, CommandResult’s or OtaStatus’s status, as named in device.proto' })),
  failureReason: Type.Optional(Type.String({ description: 'a PayResult’s failure reason, an OtaStatus’s reason' })),
  commandId: Type.Optional(Type.String()),
  campaignId: Type.Optional(Type.String({ description: 'an OtaStatus’s campaign' })),
  version: Type.Optional(Type.String({ description: 'an OtaStatus’s version' })),
  rangeStart: Type.Optional(Type.Integer({ description: 'a package download: the first byte asked for' })),
  fault: Type.Optional(Type.Union([Type.Literal('cut'), Type.Literal('tampered')], { description: 'a package download: what the hub did to it' })),
  batchId: Type.Optional(Type.String({ description: 'a PlayProofBatch’s id' })),
  plays: Type.Optional(Type.Array(Type.Object({ creativeId: Type.String(), startedAtMs: Type.Integer() }), { description: 'a PlayProofBatch’s plays (its first 200), in the order sent' })),
});

const FaultsSchema = Type.Object({
  refuseConnectsUntil: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'CONNECTs are refused (server unavailable) until then' }),
  payResultsToLose: Type.Integer({ description: 'PayResult outcomes still to be lost on the way' }),
  holdNextPayResultMs: Type.Integer({ description: 'the next PayResult outcome is held this long before it is sent' }),
  loseProofAcks: Type.Boolean({ description: 'acknowledgements of proofs of play are lost until cleared' }),
  cutNextDownload: Type.Boolean(),
  tamperNextDownload: Type.Boolean(),
});

const PlantBody = Type.Object(
  {
    refuseConnectsForMs: Type.Optional(Type.Integer({ minimum: 0, maximum: 600_000, description: 'refuse the screen’s CONNECTs for this long from now; 0 stops refusing' })),
    losePayResults: Type.Optional(Type.Integer({ minimum: 0, maximum: 10, description: 'lose the next this many PayResult outcomes (RETRY_LATER is never lost)' })),
    holdNextPayResultMs: Type.Optional(Type.Integer({ minimum: 0, maximum: 600_000, description: 'hold the next PayResult outcome this long, then send it (a slow acquirer)' })),
    loseProofAcks: Type.Optional(Type.Boolean({ description: 'lose every PlayProofsAck to the screen until set false again' })),
    cutNextDownload: Type.Optional(Type.Boolean({ description: 'close the screen’s next package download halfway' })),
    tamperNextDownload: Type.Optional(Type.Boolean({ description: 'change the first byte of the screen’s next package download' })),
  },
  { additionalProperties: false },
);

const faultsDto = (faults: PlantedFaults) => ({
  refuseConnectsUntil: faults.refuseConnectsUntilMs > 0 ? new Date(faults.refuseConnectsUntilMs).toISOString() : null,
  payResultsToLose: faults.payResultsToLose,
  holdNextPayResultMs: faults.holdNextPayResultMs,
  loseProofAcks: faults.loseProofAcks,
  cutNextDownload: faults.cutNextDownload,
  tamperNextDownload: faults.tamperNextDownload,
});

export async function conformanceRoutes(fastify: FastifyInstance, options: { watch: ConformanceWatch }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { watch } = options;
  const tags = ['conformance'];
  const security = [{ bearer: [] }];
  const params = DeviceIdParams;
  const ownScreen = async (tenantId: string, deviceId: string) => {
    if (!(await findDevice(app.db, tenantId, deviceId))) throw new NotFoundError('device');
  };

  app.get(
    '/api/conformance/devices/:id/journal',
    {
      onRequest: app.requireRole('operator'),
      schema: {
        tags,
        security,
        summary: 'What the hub saw of a screen on MQTT, oldest first (its last 1,000 connects, uplinks and downlinks)',
        params,
        querystring: Type.Object({ sinceMs: Type.Optional(Type.Integer({ minimum: 0, description: 'only entries from this hub time on, UTC ms' })) }, { additionalProperties: false }),
        response: { 200: Type.Array(JournalEntrySchema) },
      },
    },
    async (request) => {
      await ownScreen(request.user.tenantId, request.params.id);
      return watch.journal(request.params.id, request.query.sinceMs);
    },
  );

  app.post(
    '/api/conformance/devices/:id/faults',
    {
      onRequest: app.requireRole('operator'),
      schema: { tags, security, summary: 'Plant faults on a screen’s connection: refuse its CONNECTs for a while, lose or hold its next PayResults, lose its proofs’ acknowledgements, cut or tamper with its next package download', params, body: PlantBody, response: { 200: FaultsSchema } },
    },
    async (request) => {
      await ownScreen(request.user.tenantId, request.params.id);
      return faultsDto(watch.plant(request.params.id, request.body));
    },
  );

  app.post(
    '/api/conformance/devices/:id/disconnect',
    {
      onRequest: app.requireRole('operator'),
      schema: { tags, security, summary: 'Drop a screen’s MQTT connection, as a lost network would (the screen is expected to reconnect)', params, response: { 200: Type.Object({ wasConnected: Type.Boolean() }) } },
    },
    async (request) => {
      await ownScreen(request.user.tenantId, request.params.id);
      watch.dropped(request.params.id);
      return { wasConnected: await app.mqtt.broker.disconnect(request.params.id, 'kicked') };
    },
  );

  app.post(
    '/api/conformance/devices/:id/forged-command',
    {
      onRequest: app.requireRole('operator'),
      schema: {
        tags,
        security,
        summary: 'Put a command the hub did not sign (a random key) on a screen’s down topic; a conforming screen ignores it',
        params,
        response: { 201: Type.Object({ commandId: Type.String({ format: 'uuid' }), connected: Type.Boolean() }) },
      },
    },
    async (request, reply) => {
      const deviceId = request.params.id;
      await ownScreen(request.user.tenantId, deviceId);
      const commandId = await publishForgedCommand(app.mqtt.broker, deviceId);
      watch.forged(deviceId, commandId);
      reply.status(201);
      return { commandId, connected: app.mqtt.broker.isConnected(deviceId) };
    },
  );
}
