// A tenant's thresholds for the activity figure and the early warnings: one
// TypeBox declaration gives the API's schema, the TypeScript type and the
// defaults a tenant starts with (stored whole, as jsonb, once changed).
import { Type, type Static } from '@sinclair/typebox';

export const InsightSettingsSchema = Type.Object(
  {
    activeMinPayments: Type.Integer({ minimum: 1, maximum: 100_000, default: 10, description: 'a merchant is active with at least this many successful payments in the last 30 days' }),
    dropPercent: Type.Integer({ minimum: 1, maximum: 100, default: 50, description: "takings_drop: a day's takings this many percent below the median of the same weekday over the previous four weeks" }),
    dropMinBaselineFen: Type.Integer({ minimum: 0, maximum: 1_000_000_000, default: 50_000, description: 'takings_drop judges only a merchant whose baseline day reaches this (fen)' }),
    silentDays: Type.Integer({ minimum: 1, maximum: 30, default: 2, description: 'silent_while_online: consecutive trading days without a successful payment' }),
    silentOnlinePercent: Type.Integer({ minimum: 1, maximum: 100, default: 60, description: 'silent_while_online: share of trading minutes a screen was online on each of those days' }),
    silentMinPriorPayments: Type.Integer({ minimum: 0, maximum: 100_000, default: 10, description: 'silent_while_online: successful payments in the 28 days before, so that a merchant never active is not "silent"' }),
    refundRatioPercent: Type.Integer({ minimum: 1, maximum: 100, default: 10, description: 'refund_ratio_high: refunds over takings in the last 7 days at least this percent' }),
    refundRatioFactor: Type.Number({ minimum: 1, maximum: 100, default: 3, description: "refund_ratio_high: and at least this many times the merchant's own ratio over the 56 days before" }),
    refundMinCount: Type.Integer({ minimum: 1, maximum: 10_000, default: 3, description: 'refund_ratio_high: refunds in the last 7 days at least' }),
    roundMinTickets: Type.Integer({ minimum: 1, maximum: 10_000, default: 3, description: 'round_ticket_burst: tickets of whole hundreds of yuan in one day at least' }),
    roundTicketFactor: Type.Number({ minimum: 1, maximum: 1_000, default: 5, description: "round_ticket_burst: their average at least this many times the merchant's usual ticket (28 days before)" }),
    roundMaxUsualPercent: Type.Integer({ minimum: 0, maximum: 100, default: 5, description: "round_ticket_burst: only when such tickets are at most this percent of the merchant's usual payments" }),
  },
  { additionalProperties: false },
);
export type InsightSettings = Static<typeof InsightSettingsSchema>;

export const DEFAULT_INSIGHT_SETTINGS: InsightSettings = Object.fromEntries(
  Object.entries(InsightSettingsSchema.properties).map(([key, schema]) => [key, (schema as { default: number }).default]),
) as InsightSettings;

/** Stored settings over the defaults: a key added later takes its default for tenants who saved before. */
export function withDefaults(stored: Partial<InsightSettings> | undefined): InsightSettings {
  return { ...DEFAULT_INSIGHT_SETTINGS, ...(stored ?? {}) };
}

/**
 * The body of a change: any of the keys, none filled in. Without its defaults, or fastify's validator (useDefaults)
 * would fill every key left out with its default and undo the tenant's earlier changes.
 */
export const InsightSettingsChangesSchema = Type.Partial(
  Type.Object(
    Object.fromEntries(
      Object.entries(InsightSettingsSchema.properties).map(([key, schema]) => {
        const { default: _unused, ...rest } = schema as { default: unknown };
        return [key, rest];
      }),
    ) as typeof InsightSettingsSchema.properties,
    { additionalProperties: false },
  ),
);
