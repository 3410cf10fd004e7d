// Request and response shapes of the booking API, and the row → DTO mapping.
import { Type, type Static } from '@sinclair/typebox';
import type { BookingRow } from './booking-sql.js';
import { TargetingSchema } from './targeting.js';

const Day = Type.String({ format: 'date', description: 'calendar day, YYYY-MM-DD' });
const Hours = Type.Array(Type.Integer({ minimum: 0, maximum: 23 }), { minItems: 1, maxItems: 24, uniqueItems: true, description: 'local hours of the day the ads run in (daypart); default all 24' });
const Fen = Type.Integer({ minimum: 0, maximum: 1e13 });

export const TriggerSchema = Type.Object(
  {
    minAmountFen: Type.Optional(Fen),
    maxAmountFen: Type.Optional(Fen),
    merchantCategories: Type.Optional(Type.Array(Type.String({ pattern: '^[0-9]{4}$' }), { maxItems: 100, uniqueItems: true })),
  },
  { additionalProperties: false, description: 'after_payment: the payment amount band (fen, inclusive) and merchant categories (MCC; empty: any)' },
);

export const InventoryQuestion = {
  placement: Type.Optional(Type.Union([Type.Literal('loop'), Type.Literal('after_payment')], { default: 'loop' })),
  targeting: Type.Optional(TargetingSchema),
  startsOn: Day,
  endsOn: Day,
  hours: Type.Optional(Hours),
  slotsPerLoop: Type.Optional(Type.Integer({ minimum: 1, maximum: 60, description: 'loop placement: slots in every loop (default 1)' })),
  trigger: Type.Optional(TriggerSchema),
  pricing: Type.Optional(Type.Union([Type.Literal('slot_day'), Type.Literal('cpm')])),
  priceFen: Type.Optional(Fen),
};

export const AvailabilityBody = Type.Object({ advertiserId: Type.Optional(Type.String({ format: 'uuid' })), ...InventoryQuestion }, { additionalProperties: false });

export const AvailabilitySchema = Type.Object({
  matchingScreens: Type.Integer(),
  availableScreens: Type.Integer({ description: 'screens with the requested slots free at every requested hour (after_payment: every matching screen)' }),
  freeSlots: Type.Integer({ description: 'free slot positions over the matching screens' }),
  expectedPlays: Type.Integer({ description: 'loop: available screens × slots × loops per hour × hours × days; after_payment: from the last 7 days of payments' }),
  estimatedCostFen: Type.Union([Type.Integer(), Type.Null()]),
});

export const CreateBookingBody = Type.Object(
  {
    advertiserId: Type.Optional(Type.String({ format: 'uuid', description: 'operators: the advertiser booked for; an API key books for itself' })),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    ...InventoryQuestion,
    maxPlaysPerHour: Type.Optional(Type.Integer({ minimum: 1, maximum: 3600, description: 'frequency cap per creative per screen per hour' })),
    creativeIds: Type.Optional(Type.Array(Type.String({ format: 'uuid' }), { maxItems: 20, uniqueItems: true })),
    pricing: Type.Union([Type.Literal('slot_day'), Type.Literal('cpm')]),
    priceFen: Fen,
    budgetFen: Type.Optional(Fen),
    minScreens: Type.Optional(Type.Integer({ minimum: 1, description: 'refuse the booking (409) if fewer screens have the slots free (default 1)' })),
  },
  { additionalProperties: false },
);
export type CreateBookingBody = Static<typeof CreateBookingBody>;

export const BookingSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  advertiserId: Type.String({ format: 'uuid' }),
  name: Type.String(),
  placement: Type.String(),
  targeting: TargetingSchema,
  category: Type.String(),
  startsOn: Type.String(),
  endsOn: Type.String(),
  hours: Type.Array(Type.Integer()),
  slotsPerLoop: Type.Integer(),
  maxPlaysPerHour: Type.Union([Type.Integer(), Type.Null()]),
  trigger: Type.Union([Type.Object({ minAmountFen: Type.Integer(), maxAmountFen: Type.Integer(), merchantCategories: Type.Array(Type.String()) }), Type.Null()]),
  creativeIds: Type.Array(Type.String()),
  pricing: Type.String(),
  priceFen: Type.Integer(),
  budgetFen: Type.Union([Type.Integer(), Type.Null()]),
  state: Type.String({ description: 'held → pending_approval → approved → live → completed; or cancelled' }),
  holdExpiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  screenCount: Type.Integer(),
  cancelReason: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type BookingDto = Static<typeof BookingSchema>;

export const maskOf = (hours: number[] | undefined) => (hours ?? [...Array(24).keys()]).reduce((mask, h) => mask | (1 << h), 0);
export const hoursOf = (mask: number) => [...Array(24).keys()].filter((h) => (mask >> h) & 1);

export const toBookingDto = (row: BookingRow): BookingDto => ({
  id: row.id,
  advertiserId: row.advertiser_id,
  name: row.name,
  placement: row.placement,
  targeting: row.targeting,
  category: row.category,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  hours: hoursOf(row.hours_mask),
  slotsPerLoop: row.slots_per_loop,
  maxPlaysPerHour: row.max_plays_per_hour,
  trigger:
    row.placement === 'after_payment'
      ? { minAmountFen: row.trigger_min_amount_fen ?? 0, maxAmountFen: row.trigger_max_amount_fen ?? Number.MAX_SAFE_INTEGER, merchantCategories: row.trigger_merchant_categories }
      : null,
  creativeIds: row.creative_ids,
  pricing: row.pricing,
  priceFen: row.price_fen,
  budgetFen: row.budget_fen,
  state: row.state,
  holdExpiresAt: row.hold_expires_at?.toISOString() ?? null,
  screenCount: row.screen_count,
  cancelReason: row.cancel_reason,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});
