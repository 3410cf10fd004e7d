// HTTP routes of the devices domain (react-admin simple-rest shape).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { BadRequestError } from '../platform/errors.js';
import { ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import type { DeviceService } from './device-service.js';
import { CreateDeviceBody, DeviceIdParams, HeartbeatBucketSchema, DeviceSchema, DeviceWithSecretSchema, PresenceEventSchema, UpdateDeviceBody } from './device-schemas.js';

export const deviceListSpec = {
  sortable: {
    id: 'd.id',
    name: 'd.name',
    status: 'd.status',
    model: 'd.model',
    appVersion: 'd.app_version',
    firmwareVersion: 'd.firmware_version',
    online: 'l.online',
    lastSeenAt: 'l.last_seen_at',
    createdAt: 'd.created_at',
  },
  defaultSort: ['createdAt', 'DESC'] as [string, 'DESC'],
  tieBreaker: 'd.id',
  nullable: ['model', 'appVersion', 'firmwareVersion', 'lastSeenAt'],
};

export async function deviceRoutes(fastify: FastifyInstance, options: { service: DeviceService }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { service } = options;
  const tags = ['devices'];
  const security = [{ bearer: [] }];

  app.post(
    '/api/devices',
    { onRequest: app.requireRole('operator'), schema: { tags, security, summary: 'Register a device; the secret is returned only here', body: CreateDeviceBody, response: { 201: DeviceWithSecretSchema } } },
    async (request, reply) => {
      reply.status(201);
      return service.create(request.user.tenantId, request.body);
    },
  );

  app.get(
    '/api/devices',
    {
      onRequest: app.requireRole('viewer'),
      schema: {
        tags,
        security,
        summary: 'List devices',
        description:
          'filter keys: q (id or name contains), id (one or many), status, online, model, appVersion, firmwareVersion, merchantId, storeId, tag, ' +
          'and query: a registry query such as `city = "杭州" and online = false and lastSeenAt < now-30m` (see the README). Decommissioned devices only with status=decommissioned.',
        querystring: ListQuerystring,
        response: { 200: Type.Array(DeviceSchema) },
      },
    },
    async (request, reply) => {
      const page = parseListQuery(request.query, deviceListSpec);
      const { rows, total } = await service.list(request.user.tenantId, page.filter, page);
      return withContentRange(reply, 'devices', rows, page.offset, total);
    },
  );

  app.get(
    '/api/devices/:id',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'One device, with live online state and last heartbeat', params: DeviceIdParams, response: { 200: DeviceSchema } } },
    async (request) => service.get(request.user.tenantId, request.params.id),
  );

  app.put(
    '/api/devices/:id',
    { onRequest: app.requireRole('operator'), schema: { tags, security, summary: 'Rename, block or unblock a device; assign it to a merchant or store; set its tags', params: DeviceIdParams, body: UpdateDeviceBody, response: { 200: DeviceSchema } } },
    async (request) => {
      const device = await service.update(request.user.tenantId, request.params.id, request.body);
      // Merchant, store and tags decide which config layers and dynamic groups apply.
      const { merchantId, storeId, tags } = request.body;
      if (merchantId || storeId || tags) await app.deviceConfig.devicesChanged(request.user.tenantId, [device.id]);
      return device;
    },
  );

  app.post(
    '/api/devices/:id/secret',
    {
      onRequest: app.requireRole('operator'),
      schema: {
        tags,
        security,
        summary: 'Rotate the device secret (disconnects the screen)',
        params: DeviceIdParams,
        response: { 200: Type.Object({ id: Type.String(), secret: Type.String(), secretRotatedAt: Type.String({ format: 'date-time' }) }) },
      },
    },
    async (request) => service.rotateSecret(request.user.tenantId, request.params.id),
  );

  app.delete(
    '/api/devices/:id',
    { onRequest: app.requireRole('operator'), schema: { tags, security, summary: 'Decommission a device (disconnects it; its history stays)', params: DeviceIdParams, response: { 200: DeviceSchema } } },
    async (request) => service.decommission(request.user.tenantId, request.params.id),
  );

  app.get(
    '/api/devices/:id/presence',
    {
      onRequest: app.requireRole('viewer'),
      schema: { tags, security, summary: 'Connect and disconnect history, newest first', params: DeviceIdParams, querystring: ListQuerystring, response: { 200: Type.Array(PresenceEventSchema) } },
    },
    async (request, reply) => {
      const page = parseListQuery(request.query, { sortable: { at: 'at' }, defaultSort: ['at', 'DESC'], tieBreaker: 'id' });
      const { rows, total } = await service.presenceHistory(request.user.tenantId, request.params.id, page);
      return withContentRange(reply, 'presence', rows, page.offset, total);
    },
  );

  app.get(
    '/api/devices/:id/heartbeats',
    {
      onRequest: app.requireRole('viewer'),
      schema: {
        tags,
        security,
        summary: 'Heartbeat history downsampled for charts',
        description: 'One point per bucket that has data: count, average RSSI, highest temperature, lowest free storage and memory, highest uptime. At most 2000 buckets.',
        params: DeviceIdParams,
        querystring: Type.Object({
          from: Type.Optional(Type.String({ format: 'date-time', description: 'default: 24 hours before `to`' })),
          to: Type.Optional(Type.String({ format: 'date-time', description: 'default: now' })),
          bucketSeconds: Type.Optional(Type.Integer({ minimum: 10, maximum: 86_400, description: 'default: the range / 200, at least 60' })),
        }),
        response: { 200: Type.Array(HeartbeatBucketSchema) },
      },
    },
    async (request) => {
      const to = request.query.to ? new Date(request.query.to) : new Date();
      const from = request.query.from ? new Date(request.query.from) : new Date(to.getTime() - 86_400_000);
      if (!(from < to)) throw new BadRequestError('from must be before to');
      const spanSeconds = (to.getTime() - from.getTime()) / 1000;
      const bucketSeconds = request.query.bucketSeconds ?? Math.max(60, Math.ceil(spanSeconds / 200));
      if (spanSeconds / bucketSeconds > 2000) throw new BadRequestError('more than 2000 buckets: widen bucketSeconds or narrow the range');
      return service.heartbeatHistory(request.user.tenantId, request.params.id, { from, to, bucketSeconds });
    },
  );
}
