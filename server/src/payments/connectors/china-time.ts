// Both acquirers write the time of a payment in China Standard Time (UTC+8, no
// daylight saving) without naming the zone, each in its own layout.
const LAYOUTS = {
  alipay: /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/, // "yyyy-MM-dd HH:mm:ss"
  wechat: /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/, // "yyyyMMddHHmmss"
} as const;
const CHINA_UTC_OFFSET_HOURS = 8;

/**
 * The instant an acquirer's time names. Missing or unreadable, it is now: the time a payment was paid is shown and
 * reported, while what makes it paid is the acquirer's state, checked elsewhere.
 */
export function fromChinaTime(text: string | undefined, layout: keyof typeof LAYOUTS): number {
  const match = text && LAYOUTS[layout].exec(text);
  if (!match) return Date.now();
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  return Date.UTC(y!, mo! - 1, d!, h! - CHINA_UTC_OFFSET_HOURS, mi!, s!);
}
