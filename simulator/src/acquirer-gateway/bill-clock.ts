// When a local acquirer publishes a day's bill. Acquirers settle by China
// Standard Time (UTC+8, no daylight saving) and publish the bill of day D some
// hours after D ends: Alipay from 09:00 the next day, WeChat Pay from 10:00.
// A test may publish earlier (a negative delay makes today's bill ready now).

export const ALIPAY_BILL_DELAY_MS = 9 * 3600_000;
export const WECHAT_BILL_DELAY_MS = 10 * 3600_000;

/** "YYYY-MM-DD" of an instant in China Standard Time. */
export function chinaDay(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Whether the bill of `day` ("YYYY-MM-DD") is out, `delayMs` after that China day ends. */
export function billIsOut(day: string, delayMs: number, now = Date.now()): boolean {
  const dayEnds = Date.parse(`${day}T00:00:00+08:00`) + 86_400_000;
  return Number.isFinite(dayEnds) && now >= dayEnds + delayMs;
}
