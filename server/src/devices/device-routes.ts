// HTTP routes of the devices domain (react-admin simple-rest shape).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import type { DeviceService } from './device-service.js';
import { CreateDeviceBody, DeviceIdParams, DeviceSchema, DeviceWithSecretSchema, PresenceEventSchema, UpdateDeviceBody } from './device-schemas.js';

const listSpec = {
  sortable: {
    id: 'id',
    name: 'name',
    status: 'status',
    model: 'model',
    appVersion: 'app_version',
    firmwareVersion: 'firmware_version',
    online: 'online',
    lastSeenAt: 'last_seen_at',
    createdAt: 'created_at',
  },
  defaultSort: ['createdAt', 'DESC'] as [string, 'DESC'],
  tieBreaker: 'id',
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
        description: 'filter keys: q (id or name contains), id (one or many), status, online, model, appVersion, firmwareVersion. Decommissioned devices only with status=decommissioned.',
        querystring: ListQuerystring,
        response: { 200: Type.Array(DeviceSchema) },
      },
    },
    async (request, reply) => {
      const page = parseListQuery(request.query, listSpec);
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
    { onRequest: app.requireRole('operator'), schema: { tags, security, summary: 'Rename, block or unblock a device', params: DeviceIdParams, body: UpdateDeviceBody, response: { 200: DeviceSchema } } },
    async (request) => service.update(request.user.tenantId, request.params.id, request.body),
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
}
