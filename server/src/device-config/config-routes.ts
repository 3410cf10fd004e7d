// The device config API: config layers (a merchant's, a group's, a screen's),
// each checked against the config schema when saved, and a screen's twin with
// the layers that made it.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { Value, ValueErrorType } from '@sinclair/typebox/value';
import { DeviceIdParams } from '../devices/index.js';
import { BadRequestError, NotFoundError } from '../platform/errors.js';
import { configDelta, DeviceConfigSchema } from './config-schema.js';
import type { TwinService } from './twin-service.js';
import { deleteLayer, findLayer, findTwin, scopeExists, upsertLayer, type LayerRow, type LayerScope } from './twin-sql.js';

const ScopeParams = Type.Object({
  scope: Type.Union([Type.Literal('merchant'), Type.Literal('group'), Type.Literal('device')]),
  scopeId: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$', description: 'merchant id, group id or device id' }),
});

const LayerSchema = Type.Object({
  scope: Type.String(),
  scopeId: Type.String(),
  config: DeviceConfigSchema,
  version: Type.Integer(),
  updatedAt: Type.String({ format: 'date-time' }),
});

const TwinSchema = Type.Object({
  deviceId: Type.String(),
  desired: DeviceConfigSchema,
  desiredVersion: Type.Integer({ description: 'goes up whenever the merged desired config changes' }),
  reported: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  reportedVersion: Type.Integer({ description: 'the desired version the screen last applied' }),
  reportedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  reportError: Type.Union([Type.String(), Type.Null()]),
  inSync: Type.Boolean(),
  delta: Type.Record(Type.String(), Type.Unknown(), { description: 'desired keys that differ from the reported config' }),
  layers: Type.Array(Type.Object({ scope: Type.String(), scopeId: Type.String(), version: Type.Integer() }), { description: 'lowest precedence first' }),
});

const toLayerDto = (row: LayerRow) => ({ scope: row.scope, scopeId: row.scope_id, config: row.config, version: row.version, updatedAt: row.updated_at.toISOString() });

/** The screens whose merge a layer of this scope feeds into. */
function affected(scope: LayerScope, scopeId: string): { query?: string; deviceIds?: string[] } {
  if (scope === 'device') return { deviceIds: [scopeId] };
  return { query: scope === 'merchant' ? `merchantId = "${scopeId}"` : `group = "${scopeId}"` };
}

export async function configRoutes(fastify: FastifyInstance, options: { twins: TwinService }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['device config'];
  const security = [{ bearer: [] }];
  const { twins } = options;
  /** After a layer changed: the screens it reaches get their merge again. */
  const recompute = async (tenantId: string, scope: LayerScope, scopeId: string) => {
    twins.layersChanged(tenantId);
    const target = affected(scope, scopeId);
    const deviceIds = target.deviceIds ?? (await app.devices.registry.deviceIds(tenantId, target.query!));
    return twins.devicesChanged(tenantId, deviceIds);
  };

  app.put(
    '/api/config-layers/:scope/:scopeId',
    {
      onRequest: app.requireRole('operator'),
      // The app's validator drops unknown keys quietly; in a config a misspelt key must be an error instead.
      preValidation: async (request) => {
        const config = (request.body as { config?: unknown } | undefined)?.config;
        const unknown = [...Value.Errors(DeviceConfigSchema, config)].find((e) => e.type === ValueErrorType.ObjectAdditionalProperties);
        if (unknown) throw new BadRequestError(`config${unknown.path}: ${unknown.message}; known keys: ${Object.keys(DeviceConfigSchema.properties).join(', ')}`);
      },
      schema: {
        tags,
        security,
        summary: 'Set the config layer of a merchant, group or screen',
        description: 'Precedence, lowest first: merchant, groups (by priority, then name), device. The affected screens get the new merge at once if connected, else on connect.',
        params: ScopeParams,
        body: Type.Object({ config: DeviceConfigSchema }, { additionalProperties: false }),
        response: { 200: Type.Composite([LayerSchema, Type.Object({ devicesChanged: Type.Integer() })]) },
      },
    },
    async (request) => {
      const { tenantId, id: operatorId } = request.user;
      const { scope, scopeId } = request.params;
      if (!(await scopeExists(app.db, tenantId, scope, scopeId))) throw new NotFoundError(scope);
      const layer = await upsertLayer(app.db, tenantId, scope, scopeId, request.body.config, operatorId);
      return { ...toLayerDto(layer), devicesChanged: await recompute(tenantId, scope, scopeId) };
    },
  );

  app.get(
    '/api/config-layers/:scope/:scopeId',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'One config layer', params: ScopeParams, response: { 200: LayerSchema } } },
    async (request) => {
      const layer = await findLayer(app.db, request.user.tenantId, request.params.scope, request.params.scopeId);
      if (!layer) throw new NotFoundError('config layer');
      return toLayerDto(layer);
    },
  );

  app.delete(
    '/api/config-layers/:scope/:scopeId',
    { onRequest: app.requireRole('operator'), schema: { tags, security, summary: 'Remove a config layer', params: ScopeParams, response: { 200: Type.Object({ devicesChanged: Type.Integer() }) } } },
    async (request) => {
      const { tenantId } = request.user;
      const { scope, scopeId } = request.params;
      if (!(await deleteLayer(app.db, tenantId, scope, scopeId))) throw new NotFoundError('config layer');
      return { devicesChanged: await recompute(tenantId, scope, scopeId) };
    },
  );

  app.get(
    '/api/devices/:id/config',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'A screen\'s twin: desired and reported config, versions, delta and the layers merged', params: DeviceIdParams, response: { 200: TwinSchema } } },
    async (request) => {
      const { tenantId } = request.user;
      const deviceId = request.params.id;
      if (!(await scopeExists(app.db, tenantId, 'device', deviceId))) throw new NotFoundError('device');
      const twin = await findTwin(app.db, tenantId, deviceId);
      const desired = twin?.desired ?? {};
      return {
        deviceId,
        desired,
        desiredVersion: twin?.desired_version ?? 0,
        reported: twin?.reported ?? null,
        reportedVersion: twin?.reported_version ?? 0,
        reportedAt: twin?.reported_at?.toISOString() ?? null,
        reportError: twin?.report_error ?? null,
        inSync: (twin?.reported_version ?? 0) >= (twin?.desired_version ?? 0),
        delta: configDelta(desired, twin?.reported ?? null),
        layers: await twins.explain(tenantId, deviceId),
      };
    },
  );
}
