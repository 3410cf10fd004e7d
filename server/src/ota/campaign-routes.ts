// OTA campaigns over HTTP: create (targets resolved and split into waves at
// once), start, pause, resume, cancel, roll back; progress by wave and by screen.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { BadRequestError, ConflictError, NotFoundError } from '../platform/errors.js';
import { IdParams } from '../platform/id-params.js';
import { checkFilter, ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import {
  cancelOpenDevices,
  findCampaign,
  insertCampaign,
  listCampaignDevices,
  listCampaigns,
  transitionCampaign,
  updatedDeviceIds,
  waveCounts,
  type CampaignDeviceRow,
  type CampaignRow,
  type CampaignState,
} from './campaign-sql.js';
import { resolveTargets, type CampaignTarget } from './campaign-targets.js';
import type { OfferChannel } from './offer-channel.js';
import { findRelease, readyReleases, type ReleaseRow } from './release-sql.js';
import { campaignPayload, type RolloutEngine } from './rollout-engine.js';
import { compareVersions } from './version-order.js';

const STATES = ['pending', 'offered', 'downloading', 'downloaded', 'verifying', 'waiting', 'installing', 'succeeded', 'failed', 'rolled_back', 'expired', 'cancelled'] as const;
const StateCounts = Type.Object(Object.fromEntries(STATES.map((s) => [s, Type.Integer()])));

const CampaignSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  releaseId: Type.String({ format: 'uuid' }),
  target: Type.Object({ groupId: Type.Optional(Type.String()), query: Type.Optional(Type.String()), deviceIds: Type.Optional(Type.Array(Type.String())) }),
  waves: Type.Array(Type.Integer(), { description: 'cumulative percentages of the targeted screens' }),
  soakMinutes: Type.Number(),
  failureThresholdPct: Type.Integer(),
  minFinished: Type.Integer(),
  healthCheck: Type.Boolean(),
  installWindow: Type.String(),
  offerTtlHours: Type.Number(),
  state: Type.String({ description: 'draft, running, paused, completed, cancelled' }),
  currentWave: Type.Integer({ description: 'zero-based; -1 before the start' }),
  pauseReason: Type.Union([Type.String(), Type.Null()]),
  rollbackOf: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  deviceCount: Type.Integer(),
  excluded: Type.Record(Type.String(), Type.Integer(), { description: 'screens left out at creation, by reason' }),
  progress: Type.Object({
    total: StateCounts,
    waves: Type.Array(Type.Object({ wave: Type.Integer(), percent: Type.Integer(), devices: Type.Integer(), states: StateCounts })),
  }),
  createdAt: Type.String({ format: 'date-time' }),
  startedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

const CampaignDeviceSchema = Type.Object({
  id: Type.String({ description: 'the device id (react-admin needs an id)' }),
  deviceId: Type.String(),
  wave: Type.Integer(),
  state: Type.String(),
  progressPct: Type.Integer(),
  reason: Type.Union([Type.String(), Type.Null()]),
  fromVersion: Type.Union([Type.String(), Type.Null()]),
  offeredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  updatedAt: Type.String({ format: 'date-time' }),
  finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

// One object with three optional keys, checked by hand: a TypeBox union here
// would let ajv's removeAdditional strip the keys of the branch it tries last.
const Target = Type.Object(
  {
    groupId: Type.Optional(Type.String({ format: 'uuid' })),
    query: Type.Optional(Type.String({ minLength: 1, maxLength: 4000 })),
    deviceIds: Type.Optional(Type.Array(Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }), { minItems: 1, maxItems: 100_000 })),
  },
  { additionalProperties: false, description: 'exactly one of groupId, query (registry query language) or deviceIds' },
);

const CreateCampaignBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    releaseId: Type.String({ format: 'uuid' }),
    target: Target,
    waves: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 100 }), { minItems: 1, maxItems: 20, description: 'cumulative %, ascending, ending at 100; default [1, 10, 50, 100]' })),
    soakMinutes: Type.Optional(Type.Number({ minimum: 0, maximum: 10_080, description: 'least time between waves; default 60' })),
    failureThresholdPct: Type.Optional(Type.Integer({ minimum: 0, maximum: 100, description: 'pause when more of the current wave fails; default 10' })),
    minFinished: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, description: 'finished screens in the wave before the failure rate counts; default 10' })),
    healthCheck: Type.Optional(Type.Boolean({ description: 'pause when updated screens raise alerts or fail payments more than the rest; default true' })),
    installWindow: Type.Optional(Type.Union([Type.Literal('outside_trading_hours'), Type.Literal('any')], { description: 'default outside_trading_hours' })),
    offerTtlHours: Type.Optional(Type.Number({ minimum: 0.01, maximum: 720, description: 'an offer not finished by then expires; default 72' })),
    start: Type.Optional(Type.Boolean({ description: 'start at once; default false (draft)' })),
  },
  { additionalProperties: false },
);

const CampaignFilter = Type.Object({ state: Type.Optional(Type.String()), releaseId: Type.Optional(Type.String({ format: 'uuid' })) }, { additionalProperties: false });
const DeviceFilter = Type.Object({ state: Type.Optional(Type.String()), wave: Type.Optional(Type.Integer()) }, { additionalProperties: false });

const zeroCounts = () => Object.fromEntries(STATES.map((s) => [s, 0])) as Record<(typeof STATES)[number], number>;

function campaignDto(c: CampaignRow, counts: Array<{ wave: number; state: string; count: number }>): Static<typeof CampaignSchema> {
  const total = zeroCounts();
  const waves = c.waves.map((percent, wave) => ({ wave, percent, devices: 0, states: zeroCounts() }));
  for (const { wave, state, count } of counts) {
    total[state as keyof typeof total] += count;
    const w = waves[wave];
    if (w) {
      w.devices += count;
      w.states[state as keyof typeof total] += count;
    }
  }
  return {
    id: c.id,
    name: c.name,
    releaseId: c.release_id,
    target: c.target,
    waves: c.waves,
    soakMinutes: c.soak_seconds / 60,
    failureThresholdPct: c.failure_threshold_pct,
    minFinished: c.min_finished,
    healthCheck: c.health_check,
    installWindow: c.install_window,
    offerTtlHours: c.offer_ttl_seconds / 3600,
    state: c.state,
    currentWave: c.current_wave,
    pauseReason: c.pause_reason,
    rollbackOf: c.rollback_of,
    deviceCount: c.device_count,
    excluded: c.excluded,
    progress: { total, waves },
    createdAt: c.created_at.toISOString(),
    startedAt: c.started_at?.toISOString() ?? null,
    finishedAt: c.finished_at?.toISOString() ?? null,
  };
}

const deviceDto = (d: CampaignDeviceRow): Static<typeof CampaignDeviceSchema> => ({
  id: d.device_id,
  deviceId: d.device_id,
  wave: d.wave,
  state: d.state,
  progressPct: d.progress_pct,
  reason: d.reason,
  fromVersion: d.from_version,
  offeredAt: d.offered_at?.toISOString() ?? null,
  updatedAt: d.updated_at.toISOString(),
  finishedAt: d.finished_at?.toISOString() ?? null,
});

function checkTarget(target: Static<typeof Target>): CampaignTarget {
  const given = (['groupId', 'query', 'deviceIds'] as const).filter((k) => target[k] !== undefined);
  if (given.length !== 1) throw new BadRequestError('target needs exactly one of groupId, query or deviceIds');
  return target as CampaignTarget;
}

function checkWaves(waves: number[]): number[] {
  if (waves.some((w, i) => i > 0 && w <= waves[i - 1]!) || waves[waves.length - 1] !== 100) {
    throw new BadRequestError('waves must be ascending cumulative percentages ending at 100, e.g. [1, 10, 50, 100]');
  }
  return waves;
}

export async function campaignRoutes(fastify: FastifyInstance, options: { engine: RolloutEngine; offers: OfferChannel }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { engine, offers } = options;
  const tags = ['ota'];
  const security = [{ bearer: [] }];
  const dto = async (c: CampaignRow) => campaignDto(c, await waveCounts(app.db, c.id));
  const load = async (tenantId: string, id: string) => {
    const campaign = await findCampaign(app.db, tenantId, id);
    if (!campaign) throw new NotFoundError('campaign');
    return campaign;
  };
  const announce = (c: CampaignRow) => app.hubEvents.publish(c.tenant_id, 'ota.campaign', campaignPayload(c));

  async function create(tenantId: string, userId: string, body: Static<typeof CreateCampaignBody>, release: ReleaseRow, rollbackOf: string | null) {
    const target = checkTarget(body.target);
    const waves = checkWaves(body.waves ?? [1, 10, 50, 100]);
    // Versions and models come from the registry: write what screens of this process said last first.
    await app.devices.flusher.flush();
    // Resolved outside the transaction (the registry reads through its own handle); a screen
    // taken by another campaign meanwhile is held back at offer time by the one-open-offer index.
    const resolved = await resolveTargets(app.db, app.devices.registry, tenantId, target, release, waves, { rollback: rollbackOf !== null });
    if (resolved.unknown.length > 0) throw new BadRequestError(`target.deviceIds: not screens of this tenant: ${resolved.unknown.slice(0, 20).join(', ')}`);
    if (resolved.devices.length === 0) throw new ConflictError(`no screen is eligible (left out: ${JSON.stringify(resolved.excluded)})`);
    const campaign = await app.db.transaction(async (tx) =>
      insertCampaign(tx, tenantId, {
        name: body.name,
        releaseId: release.id,
        target,
        waves,
        soakSeconds: Math.round((body.soakMinutes ?? 60) * 60),
        failureThresholdPct: body.failureThresholdPct ?? 10,
        minFinished: body.minFinished ?? 10,
        healthCheck: body.healthCheck ?? true,
        installWindow: body.installWindow ?? 'outside_trading_hours',
        offerTtlSeconds: Math.round((body.offerTtlHours ?? 72) * 3600),
        rollbackOf,
        excluded: resolved.excluded,
        createdBy: userId,
      }, resolved.devices),
    );
    if (!body.start) return campaign;
    const started = (await transitionCampaign(app.db, tenantId, campaign.id, ['draft'], 'running'))!;
    announce(started);
    await engine.tick();
    return (await findCampaign(app.db, tenantId, campaign.id))!;
  }

  app.post(
    '/api/ota/campaigns',
    { onRequest: app.requireRole('operator'), schema: { tags, security, summary: 'Create a campaign (a draft unless start is true)', body: CreateCampaignBody, response: { 201: CampaignSchema } } },
    async (request, reply) => {
      const release = await findRelease(app.db, request.user.tenantId, request.body.releaseId);
      if (!release) throw new BadRequestError('releaseId: no such release in this tenant');
      if (release.state !== 'ready') throw new ConflictError('the release has no verified package yet');
      const campaign = await create(request.user.tenantId, request.user.id, request.body, release, null);
      reply.status(201);
      return dto(campaign);
    },
  );

  app.get(
    '/api/ota/campaigns',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'Campaigns, newest first (filter: state, releaseId)', querystring: ListQuerystring, response: { 200: Type.Array(CampaignSchema) } } },
    async (request, reply) => {
      const list = parseListQuery(request.query, { sortable: { createdAt: 'created_at', name: 'name', state: 'state' }, defaultSort: ['createdAt', 'DESC'], tieBreaker: 'id' });
      const filter = checkFilter(CampaignFilter, list.filter);
      const { rows, total } = await listCampaigns(app.db, request.user.tenantId, filter, list);
      return withContentRange(reply, 'campaigns', await Promise.all(rows.map(dto)), list.offset, total);
    },
  );

  app.get(
    '/api/ota/campaigns/:id',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'One campaign with its progress by wave', params: IdParams, response: { 200: CampaignSchema } } },
    async (request) => dto(await load(request.user.tenantId, request.params.id)),
  );

  app.get(
    '/api/ota/campaigns/:id/devices',
    {
      onRequest: app.requireRole('viewer'),
      schema: { tags, security, summary: 'The campaign\'s screens and where each one is (filter: state, wave)', params: IdParams, querystring: ListQuerystring, response: { 200: Type.Array(CampaignDeviceSchema) } },
    },
    async (request, reply) => {
      await load(request.user.tenantId, request.params.id);
      const list = parseListQuery(request.query, { sortable: { updatedAt: 'updated_at', deviceId: 'device_id', wave: 'wave', state: 'state' }, defaultSort: ['updatedAt', 'DESC'], tieBreaker: 'device_id' });
      const filter = checkFilter(DeviceFilter, list.filter);
      const { rows, total } = await listCampaignDevices(app.db, request.user.tenantId, request.params.id, filter, list);
      return withContentRange(reply, 'campaign-devices', rows.map(deviceDto), list.offset, total);
    },
  );

  const action = (name: string, summary: string, from: CampaignState[], to: CampaignState, after?: (c: CampaignRow) => Promise<void>) =>
    app.post(
      `/api/ota/campaigns/:id/${name}`,
      { onRequest: app.requireRole('operator'), schema: { tags, security, summary, params: IdParams, response: { 200: CampaignSchema } } },
      async (request) => {
        const current = await load(request.user.tenantId, request.params.id);
        const changed = await transitionCampaign(app.db, request.user.tenantId, current.id, from, to, to === 'paused' ? 'paused by an operator' : null);
        if (!changed) throw new ConflictError(`cannot ${name} a campaign that is ${current.state}`);
        announce(changed);
        await after?.(changed);
        return dto((await findCampaign(app.db, request.user.tenantId, changed.id))!);
      },
    );
  action('start', 'Start a draft campaign: the first wave is offered at once', ['draft'], 'running', () => engine.tick());
  action('pause', 'Pause: no new offers and no next wave; screens already offered carry on', ['running'], 'paused');
  action('resume', 'Resume a paused campaign', ['paused'], 'running', () => engine.tick());
  action('cancel', 'Cancel: withdraw every offer not yet installing', ['draft', 'running', 'paused'], 'cancelled', async (c) => cancelAndWithdraw(c.id));

  async function cancelAndWithdraw(campaignId: string) {
    const withdrawn = await cancelOpenDevices(app.db, campaignId);
    await offers.withdraw(withdrawn);
  }

  app.post(
    '/api/ota/campaigns/:id/rollback',
    {
      onRequest: app.requireRole('operator'),
      schema: {
        tags, security,
        summary: 'Stop this campaign and start another that puts its updated screens back on an earlier release (default: the newest ready release below this one)',
        params: IdParams,
        body: Type.Object({ releaseId: Type.Optional(Type.String({ format: 'uuid' })), installWindow: Type.Optional(Type.Union([Type.Literal('outside_trading_hours'), Type.Literal('any')])) }, { additionalProperties: false }),
        response: { 201: CampaignSchema },
      },
    },
    async (request, reply) => {
      const { tenantId } = request.user;
      const campaign = await load(tenantId, request.params.id);
      const from = (await findRelease(app.db, tenantId, campaign.release_id))!;
      const to = request.body.releaseId
        ? await findRelease(app.db, tenantId, request.body.releaseId)
        : (await readyReleases(app.db, tenantId, from.kind)).filter((r) => compareVersions(r.version, from.version) < 0).sort((a, b) => compareVersions(b.version, a.version))[0];
      if (!to || to.state !== 'ready' || to.kind !== from.kind) throw new ConflictError(`no ready ${from.kind} release to roll back to`);
      if (campaign.state !== 'completed' && campaign.state !== 'cancelled') {
        const cancelled = await transitionCampaign(app.db, tenantId, campaign.id, ['draft', 'running', 'paused'], 'cancelled');
        if (cancelled) {
          announce(cancelled);
          await cancelAndWithdraw(campaign.id);
        }
      }
      const updated = await updatedDeviceIds(app.db, campaign.id);
      if (updated.length === 0) throw new ConflictError('no screen of this campaign took the update: nothing to roll back');
      const rollback = await create(
        tenantId,
        request.user.id,
        {
          name: `Rollback of ${campaign.name} to ${to.version}`,
          releaseId: to.id,
          target: { deviceIds: updated },
          waves: [100],
          soakMinutes: 0,
          failureThresholdPct: campaign.failure_threshold_pct,
          minFinished: campaign.min_finished,
          healthCheck: false,
          installWindow: request.body.installWindow ?? campaign.install_window,
          offerTtlHours: campaign.offer_ttl_seconds / 3600,
          start: true,
        },
        to,
        campaign.id,
      );
      reply.status(201);
      return dto(rollback);
    },
  );
}
