// A merchant's trading hours: weekly spans in the merchant's own time zone.
// Alerts about an offline screen wait while the shop is closed; OTA installs
// wait until it is. The reading of the hours (isOpenAt) lives in the protocol.
import { Type, type Static } from '@sinclair/typebox';

const ClockTime = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', examples: ['08:30'] });

export const TradingHoursSchema = Type.Array(
  Type.Object(
    {
      days: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1, maxItems: 7, uniqueItems: true, description: 'ISO weekdays, 1 = Monday' }),
      opens: ClockTime,
      closes: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$', description: 'before opens means the span runs past midnight' }),
    },
    { additionalProperties: false },
  ),
  { maxItems: 21, description: 'null or absent: always open' },
);
export type TradingHours = Static<typeof TradingHoursSchema>;

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export { isOpenAt } from '@screenhub/protocol';
