// What a screen can be configured with, how layers merge, and the delta a
// screen needs. Layers are partial configs; the merged result is what the
// screen is asked to apply.
import { Type, type Static } from '@sinclair/typebox';
import { TradingHoursSchema } from '../merchants/index.js';

export const DeviceConfigSchema = Type.Object(
  {
    volume: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    brightness: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    heartbeatIntervalS: Type.Optional(Type.Integer({ minimum: 10, maximum: 3600 })),
    voiceLanguage: Type.Optional(Type.String({ pattern: '^[a-z]{2,3}(-[A-Z]{2})?$', examples: ['zh-CN', 'zh-HK', 'en-US'] })),
    tradingHours: Type.Optional(TradingHoursSchema),
    ads: Type.Optional(
      Type.Object(
        {
          enabled: Type.Optional(Type.Boolean()),
          maxPerHour: Type.Optional(Type.Integer({ minimum: 0, maximum: 120 })),
          showDuringPayment: Type.Optional(Type.Boolean()),
        },
        { additionalProperties: false },
      ),
    ),
    custom: Type.Optional(
      Type.Record(Type.String({ pattern: '^[A-Za-z0-9_.-]{1,64}$' }), Type.Union([Type.String({ maxLength: 1000 }), Type.Number(), Type.Boolean()]), {
        maxProperties: 50,
        description: 'free-form settings for the screen\'s app',
      }),
    ),
  },
  { additionalProperties: false },
);
export type DeviceConfig = Static<typeof DeviceConfigSchema>;

/** Sections merged key by key rather than replaced whole. */
const mergedSections = new Set(['ads', 'custom']);

/** Later layers win; `ads` and `custom` merge one level down. */
export function mergeLayers(layers: DeviceConfig[]): DeviceConfig {
  const merged: Record<string, unknown> = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      merged[key] = mergedSections.has(key) ? { ...(merged[key] as object | undefined), ...(value as object) } : value;
    }
  }
  return merged as DeviceConfig;
}

/** JSON with sorted keys, so equal configs compare equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as object).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/** The desired keys whose value differs from what the screen reported. */
export function configDelta(desired: DeviceConfig, reported: Record<string, unknown> | null): Partial<DeviceConfig> {
  const delta: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(desired)) {
    if (canonicalJson(value) !== canonicalJson(reported?.[key])) delta[key] = value;
  }
  return delta;
}
