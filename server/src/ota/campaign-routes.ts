// OTA campaigns over HTTP: create, start, pause, resume, cancel, roll back
// (campaign-service.ts), and their progress by wave and by screen.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { IdParams } from '../platform/id-params.js';
import { checkFilter, ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import { listCampaignDevices, listCampaigns, waveCounts, waveCountsOf, type CampaignDeviceRow, type CampaignRow, type WaveStateCount } from './campaign-sql.js';
import type { CampaignMove, CampaignService } from './campaign-service.js';

const STATES = ['pending', 'offered', 'downloading', 'downloaded', 'verifying', 'waiting', 'installing', 'succeeded', 'failed', 'rolled_back', 'expired', 'cancelled', 'superseded'] as const;
// `deferred` is not a state: screens that waited (a payment in flight, the shop open) and have not installed, whatever
// their state now (waiting, or expired while waiting). They never count as failed.
const StateCounts = Type.Object({
  ...Object.fromEntries(STATES.map((s) => [s, Type.Integer()])),
  deferred: Type.Integer({ description: 'screens that waited (payment in flight, trading hours) and have not installed; never failures' }),
});

const Canary = Type.Object(
  {
    paymentFailurePoints: Type.Optional(Type.Number({ minimum: 0, maximum: 100, description: 'points of payment failure rate above the not-yet-updated screens; default 10' })),
    restartsPerScreenHour: Type.Optional(Type.Number({ minimum: 0, maximum: 100, description: 'restarts per screen-hour above the rest; default 0.5' })),
    offlinePerScreenHour: Type.Optional(Type.Number({ minimum: 0, maximum: 100, description: 'drops off the network per screen-hour above the rest; default 1' })),
    minPayments: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'payments on each side before payments are judged; default 20' })),
    minScreenHours: Type.Optional(Type.Number({ minimum: 0.01, maximum: 100_000, description: 'screen-hours on each side before restarts and drops are judged; default 2' })),
  },
  { additionalProperties: false, description: 'the canary: updated screens against the campaign\'s screens not yet updated, over the same hours' },
);

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
  autoRollback: Type.Boolean({ description: 'the campaign rolls its updated screens back by itself when paused by its rules' }),
  canary: Canary,
  installWindow: Type.String(),
  offerTtlHours: Type.Number(),
  state: Type.String({ description: 'draft, running, paused, completed, cancelled' }),
  currentWave: Type.Integer({ description: 'zero-based; -1 before the start' }),
  pauseReason: Type.Union([Type.String(), Type.Null()]),
  pauseFigures: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()], {
    description: 'what the canary measured when it paused the campaign: metric, wave, and updated_*/rest_* counts and screen-hours',
  }),
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
  forcedBy: Type.Union([Type.String({ format: 'uuid', description: 'the operator who forced the install inside trading hours' }), Type.Null()]),
  forcedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
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
    healthCheck: Type.Optional(Type.Boolean({ description: 'the canary: pause when updated screens fail payments, alert, restart or drop off more than those not yet updated; default true' })),
    autoRollback: Type.Optional(Type.Boolean({ description: 'when paused by its rules, put the updated screens back on the previous release by itself; default false' })),
    canary: Type.Optional(Canary),
    installWindow: Type.Optional(Type.Union([Type.Literal('outside_trading_hours'), Type.Literal('any')], { description: 'default outside_trading_hours' })),
    offerTtlHours: Type.Optional(Type.Number({ minimum: 0.01, maximum: 720, description: 'an offer not finished by then expires; default 72' })),
    start: Type.Optional(Type.Boolean({ description: 'start at once; default false (draft)' })),
  },
  { additionalProperties: false },
);

const CampaignFilter = Type.Object({ state: Type.Optional(Type.String()), releaseId: Type.Optional(Type.String({ format: 'uuid' })) }, { additionalProperties: false });
const DeviceFilter = Type.Object({ state: Type.Optional(Type.String()), wave: Type.Optional(Type.Integer()) }, { additionalProperties: false });

const zeroCounts = () => ({ ...Object.fromEntries(STATES.map((s) => [s, 0])), deferred: 0 }) as Record<(typeof STATES)[number] | 'deferred', number>;

function campaignDto(c: CampaignRow, counts: WaveStateCount[]): Static<typeof CampaignSchema> {
  const total = zeroCounts();
  const waves = c.waves.map((percent, wave) => ({ wave, percent, devices: 0, states: zeroCounts() }));
  for (const { wave, state, count, deferred } of counts) {
    total[state] += count;
    total.deferred += deferred;
    const w = waves[wave];
    if (w) {
      w.devices += count;
      w.states[state] += count;
      w.states.deferred += deferred;
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
    autoRollback: c.auto_rollback,
    canary: c.canary,
    installWindow: c.install_window,
    offerTtlHours: c.offer_ttl_seconds / 3600,
    state: c.state,
    currentWave: c.current_wave,
    pauseReason: c.pause_reason,
    pauseFigures: c.pause_figures,
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
  forcedBy: d.forced_by,
  forcedAt: d.forced_at?.toISOString() ?? null,
});

export async function campaignRoutes(fastify: FastifyInstance, options: { campaigns: CampaignService }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { campaigns } = options;
  const tags = ['ota'];
  const security = [{ bearer: [] }];
  const dto = async (c: CampaignRow) => campaignDto(c, await waveCounts(app.db, c.id));

  app.post(
    '/api/ota/campaigns',
    { onRequest: app.requireRole('operator'), schema: { tags, security, summary: 'Create a campaign (a draft unless start is true)', body: CreateCampaignBody, response: { 201: CampaignSchema } } },
    async (request, reply) => {
      const { releaseId, ...input } = request.body;
      const campaign = await campaigns.create(request.user.tenantId, request.user.id, releaseId, input);
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
      // One query for the page's progress, not one per campaign.
      const counts = await waveCountsOf(app.db, rows.map((c) => c.id));
      return withContentRange(reply, 'campaigns', rows.map((c) => campaignDto(c, counts.get(c.id) ?? [])), list.offset, total);
    },
  );

  app.get(
    '/api/ota/campaigns/:id',
    { onRequest: app.requireRole('viewer'), schema: { tags, security, summary: 'One campaign with its progress by wave', params: IdParams, response: { 200: CampaignSchema } } },
    async (request) => dto(await campaigns.load(request.user.tenantId, request.params.id)),
  );

  app.get(
    '/api/ota/campaigns/:id/devices',
    {
      onRequest: app.requireRole('viewer'),
      schema: { tags, security, summary: 'The campaign\'s screens and where each one is (filter: state, wave)', params: IdParams, querystring: ListQuerystring, response: { 200: Type.Array(CampaignDeviceSchema) } },
    },
    async (request, reply) => {
      await campaigns.load(request.user.tenantId, request.params.id);
      const list = parseListQuery(request.query, { sortable: { updatedAt: 'updated_at', deviceId: 'device_id', wave: 'wave', state: 'state' }, defaultSort: ['updatedAt', 'DESC'], tieBreaker: 'device_id' });
      const filter = checkFilter(DeviceFilter, list.filter);
      const { rows, total } = await listCampaignDevices(app.db, request.user.tenantId, request.params.id, filter, list);
      return withContentRange(reply, 'campaign-devices', rows.map(deviceDto), list.offset, total);
    },
  );

  const MOVE_SUMMARIES: Record<CampaignMove, string> = {
    start: 'Start a draft campaign: the first wave is offered at once',
    pause: 'Pause: no new offers and no next wave; screens already offered carry on',
    resume: 'Resume a paused campaign',
    cancel: 'Cancel: withdraw every offer not yet installing',
  };
  for (const [move, summary] of Object.entries(MOVE_SUMMARIES) as Array<[CampaignMove, string]>) {
    app.post(
      `/api/ota/campaigns/:id/${move}`,
      { onRequest: app.requireRole('operator'), schema: { tags, security, summary, params: IdParams, response: { 200: CampaignSchema } } },
      async (request) => dto(await campaigns.move(request.user.tenantId, request.params.id, move)),
    );
  }

  app.post(
    '/api/ota/campaigns/:id/force',
    {
      onRequest: app.requireRole('operator'),
      schema: {
        tags, security,
        summary: 'An emergency fix: let the campaign\'s screens (all, or those named) install inside trading hours, never during a payment; recorded with who asked',
        params: IdParams,
        body: Type.Object(
          { deviceIds: Type.Optional(Type.Array(Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }), { minItems: 1, maxItems: 1000, description: 'default: every screen of the campaign not yet installing' })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ forced: Type.Array(CampaignDeviceSchema) }) },
      },
    },
    async (request) => ({ forced: (await campaigns.force(request.user.tenantId, request.user.id, request.params.id, request.body?.deviceIds)).map(deviceDto) }),
  );

  app.post(
    '/api/releases/:id/force',
    {
      onRequest: app.requireRole('operator'),
      schema: {
        tags, security,
        summary: 'An emergency fix for one screen, outside any campaign: install this release now, inside trading hours too, never during a payment; recorded with who asked',
        params: IdParams,
        body: Type.Object({ deviceId: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }) }, { additionalProperties: false }),
        response: { 201: CampaignSchema },
      },
    },
    async (request, reply) => {
      const campaign = await campaigns.forceScreen(request.user.tenantId, request.user.id, request.params.id, request.body.deviceId);
      reply.status(201);
      return dto(campaign);
    },
  );

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
      const rollback = await campaigns.rollback(request.user.tenantId, request.user.id, request.params.id, request.body);
      reply.status(201);
      return dto(rollback);
    },
  );
}
