// The booking API, for advertisers (API key) and operators (JWT): availability,
// bookings and their lifecycle. Approval is the operator's alone.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { actingAdvertiser, findAdvertiser, visibleAdvertiser, type AdActor } from '../advertisers/index.js';
import { BadRequestError, ForbiddenError, NotFoundError } from '../platform/errors.js';
import { IdParams } from '../platform/id-params.js';
import { checkFilter, ListQuerystring, parseListQuery, withContentRange } from '../platform/list-query.js';
import { loopSettings, slotsPerLoop } from './ad-settings-sql.js';
import { AD_TIME_ZONE } from './booking-lifecycle.js';
import { AvailabilityBody, AvailabilitySchema, BookingSchema, CreateBookingBody, maskOf, toBookingDto } from './booking-schemas.js';
import { daysIn, type BookingMove, type BookingService } from './booking-service.js';
import { bookingScreens, findBooking, listBookings, unusableCreatives, type BookingRow } from './booking-sql.js';

const ReasonBody = Type.Object({ reason: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false });
const CreativesBody = Type.Object({ creativeIds: Type.Array(Type.String({ format: 'uuid' }), { maxItems: 20, uniqueItems: true }) }, { additionalProperties: false });
const BookingFilter = Type.Object({ state: Type.Optional(Type.String()), advertiserId: Type.Optional(Type.String({ pattern: '^[0-9a-f-]{36}$' })), q: Type.Optional(Type.String()) }, { additionalProperties: false });
const MAX_DAYS = 366;

type Question = Static<typeof AvailabilityBody>;

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: AD_TIME_ZONE }).format(new Date());

/** Checks what a date/hour/slot question asks, beyond what the schema can: order of dates, loop size, trigger only after payments. */
function checkQuestion(question: Question, loopSlots: number): void {
  if (question.endsOn < question.startsOn) throw new BadRequestError('endsOn is before startsOn');
  if (question.startsOn < today()) throw new BadRequestError(`startsOn is in the past (today is ${today()} in ${AD_TIME_ZONE})`);
  if (daysIn(question.startsOn, question.endsOn) > MAX_DAYS) throw new BadRequestError(`a booking spans at most ${MAX_DAYS} days`);
  const placement = question.placement ?? 'loop';
  if (placement === 'loop' && question.trigger) throw new BadRequestError('trigger is for after_payment bookings');
  if (placement === 'after_payment' && question.slotsPerLoop !== undefined) throw new BadRequestError('slotsPerLoop is for loop bookings');
  if ((question.slotsPerLoop ?? 1) > loopSlots) throw new BadRequestError(`the loop has ${loopSlots} slots`);
  const band = question.trigger;
  if (band?.minAmountFen !== undefined && band.maxAmountFen !== undefined && band.minAmountFen > band.maxAmountFen) throw new BadRequestError('trigger.minAmountFen is above maxAmountFen');
}

export async function bookingRoutes(fastify: FastifyInstance, options: { service: BookingService }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['ads'];
  const security = [{ bearer: [] }];
  const { service } = options;

  const advertiser = async (actor: AdActor, named: string | undefined) => {
    const id = actingAdvertiser(actor, named);
    const found = await findAdvertiser(app.db, actor.tenantId, id);
    if (!found) throw new NotFoundError('advertiser');
    if (found.disabled) throw new ForbiddenError('this advertiser is disabled');
    return { id, category: found.category };
  };
  const load = async (actor: AdActor, id: string): Promise<BookingRow> => {
    const row = await findBooking(app.db, actor.tenantId, id, visibleAdvertiser(actor));
    if (!row) throw new NotFoundError('booking');
    return row;
  };
  const inventoryRequest = (question: Question, category: string) => ({
    targeting: question.targeting ?? {},
    category,
    startsOn: question.startsOn,
    endsOn: question.endsOn,
    hoursMask: maskOf(question.hours),
  });

  app.post(
    '/api/ad-availability',
    { onRequest: app.requireAdScope('availability:read'), schema: { tags, security, summary: 'How many screens match, their free slots and the expected plays', body: AvailabilityBody, response: { 200: AvailabilitySchema } } },
    async (request) => {
      const body = request.body;
      const actor = request.adActor;
      // An operator may ask without naming an advertiser: then no category is blocked.
      const category = actor.kind === 'operator' && body.advertiserId === undefined ? '' : (await advertiser(actor, body.advertiserId)).category;
      checkQuestion(body, slotsPerLoop(await loopSettings(app.db, actor.tenantId)));
      const price = body.pricing !== undefined && body.priceFen !== undefined ? { pricing: body.pricing, priceFen: body.priceFen } : undefined;
      const band = { minFen: body.trigger?.minAmountFen ?? 0, maxFen: body.trigger?.maxAmountFen ?? Number.MAX_SAFE_INTEGER };
      return service.availability(actor.tenantId, inventoryRequest(body, category), body.placement ?? 'loop', body.slotsPerLoop ?? 1, price, band);
    },
  );

  app.post(
    '/api/ad-bookings',
    { onRequest: app.requireAdScope('bookings:write'), schema: { tags, security, summary: 'Book: hold slots on every matching screen with room (state held until submitted or the hold expires)', body: CreateBookingBody, response: { 201: BookingSchema } } },
    async (request, reply) => {
      const body = request.body;
      const actor = request.adActor;
      const { id: advertiserId, category } = await advertiser(actor, body.advertiserId);
      checkQuestion(body, slotsPerLoop(await loopSettings(app.db, actor.tenantId)));
      const creativeIds = body.creativeIds ?? [];
      const unusable = await unusableCreatives(app.db, actor.tenantId, advertiserId, creativeIds);
      if (unusable.length) throw new BadRequestError(`creatives not usable by this advertiser (unknown, another advertiser's, or rejected): ${unusable.join(', ')}`);
      const placement = body.placement ?? 'loop';
      const row = await service.book(
        {
          tenant_id: actor.tenantId,
          advertiser_id: advertiserId,
          name: body.name,
          placement,
          targeting: body.targeting ?? {},
          category,
          starts_on: body.startsOn,
          ends_on: body.endsOn,
          hours_mask: maskOf(body.hours),
          slots_per_loop: placement === 'loop' ? (body.slotsPerLoop ?? 1) : 0,
          max_plays_per_hour: body.maxPlaysPerHour ?? null,
          trigger_min_amount_fen: placement === 'after_payment' ? (body.trigger?.minAmountFen ?? 0) : null,
          trigger_max_amount_fen: placement === 'after_payment' ? (body.trigger?.maxAmountFen ?? null) : null,
          trigger_merchant_categories: body.trigger?.merchantCategories ?? [],
          creative_ids: creativeIds,
          pricing: body.pricing,
          price_fen: body.priceFen,
          budget_fen: body.budgetFen ?? null,
        },
        body.minScreens ?? 1,
      );
      reply.status(201);
      return toBookingDto(row);
    },
  );

  app.get(
    '/api/ad-bookings',
    { onRequest: app.requireAdScope('bookings:read'), schema: { tags, security, summary: 'Bookings (filter: state, advertiserId, q); an API key sees its own', querystring: ListQuerystring, response: { 200: Type.Array(BookingSchema) } } },
    async (request, reply) => {
      const actor = request.adActor;
      const page = parseListQuery(request.query, { sortable: { createdAt: 'created_at', startsOn: 'starts_on', name: 'name', state: 'state' }, defaultSort: ['createdAt', 'DESC'], tieBreaker: 'id' });
      const filter = checkFilter(BookingFilter, page.filter);
      const own = visibleAdvertiser(actor);
      if (own && filter.advertiserId && filter.advertiserId !== own) throw new ForbiddenError('an API key sees only its own bookings');
      const { rows, total } = await listBookings(app.db, actor.tenantId, { advertiserId: own ?? filter.advertiserId ?? null, state: filter.state, q: filter.q }, page);
      return withContentRange(reply, 'ad-bookings', rows.map(toBookingDto), page.offset, total);
    },
  );

  app.get(
    '/api/ad-bookings/:id',
    { onRequest: app.requireAdScope('bookings:read'), schema: { tags, security, summary: 'One booking', params: IdParams, response: { 200: BookingSchema } } },
    async (request) => toBookingDto(await load(request.adActor, request.params.id)),
  );

  app.get(
    '/api/ad-bookings/:id/screens',
    {
      onRequest: app.requireAdScope('bookings:read'),
      schema: {
        tags,
        security,
        summary: 'The screens a booking holds slots on',
        params: IdParams,
        querystring: ListQuerystring,
        response: { 200: Type.Array(Type.Object({ id: Type.String({ description: 'device id' }), slots: Type.Integer({ description: 'slots per loop held on it' }) })) },
      },
    },
    async (request, reply) => {
      const booking = await load(request.adActor, request.params.id);
      const page = parseListQuery(request.query, { sortable: { deviceId: 'device_id' }, defaultSort: ['deviceId', 'ASC'], tieBreaker: 'device_id', maxPageSize: 10_000 });
      const { rows, total } = await bookingScreens(app.db, booking.tenant_id, booking.id, page);
      return withContentRange(reply, 'screens', rows.map((r) => ({ id: r.device_id, slots: r.slots })), page.offset, total);
    },
  );

  app.put(
    '/api/ad-bookings/:id/creatives',
    { onRequest: app.requireAdScope('bookings:write'), schema: { tags, security, summary: 'Set the creatives a booking rotates', params: IdParams, body: CreativesBody, response: { 200: BookingSchema } } },
    async (request) => toBookingDto(await service.setCreatives(await load(request.adActor, request.params.id), request.body.creativeIds)),
  );

  const MOVE_SUMMARIES: Record<BookingMove, string> = {
    submit: 'Submit a held booking for approval (its slots stay held)',
    approve: 'Approve a submitted booking (operator)',
    reject: 'Reject a submitted booking (operator); its slots are released',
    cancel: 'Cancel a booking; its slots are released',
  };
  for (const [move, summary] of Object.entries(MOVE_SUMMARIES) as Array<[BookingMove, string]>) {
    app.post(
      `/api/ad-bookings/:id/${move}`,
      { onRequest: app.requireAdScope('bookings:write'), schema: { tags, security, summary, params: IdParams, body: Type.Optional(ReasonBody), response: { 200: BookingSchema } } },
      async (request) => {
        const booking = await load(request.adActor, request.params.id);
        return toBookingDto(await service.move(request.adActor, booking, move, request.body?.reason ?? null));
      },
    );
  }
}
