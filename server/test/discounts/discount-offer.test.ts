// Which campaigns apply to a payment and how much each takes off: pure rules,
// checked on the edges a bank's campaign team would try (the merchant's own
// zone for dates and hours, a query of several lists, a cap, the last fen).
import { describe, expect, it } from 'vitest';
import { discountOf, merchantMatches, offersFor, type Campaign, type PayingMerchant } from '../../src/discounts/discount-offer.js';

const merchant: PayingMerchant = { id: 'm1', city: '杭州', district: '西湖区', businessArea: '武林广场', category: '5812', timezone: 'Asia/Shanghai' };
const base: Campaign = {
  id: 'c1',
  name: '建行立减',
  enabled: true,
  merchants: { cities: ['杭州'] },
  startsOn: '2026-12-01',
  endsOn: '2026-12-31',
  hours: null,
  channels: ['alipay'],
  rule: 'threshold',
  minSpendFen: 3_000,
  offFen: 500,
  percent: null,
  capFen: null,
  perMerchantDay: null,
  perScreenDay: null,
  createdAt: 1,
};
// 2026-12-05 12:00 in Shanghai.
const noon = Date.parse('2026-12-05T04:00:00Z');
const offers = (campaigns: Campaign[], overrides: Partial<{ channel: string; ticketFen: number; atMs: number; merchant: PayingMerchant }> = {}) =>
  offersFor(campaigns, { merchant, channel: 'alipay', ticketFen: 5_000, atMs: noon, ...overrides }).map((o) => [o.campaignId, o.discountFen]);

describe('discount offers', () => {
  it('matches merchants by list or by every list of the query given', () => {
    expect(merchantMatches({}, merchant)).toBe(true);
    expect(merchantMatches({ merchantIds: ['m1'] }, merchant)).toBe(true);
    expect(merchantMatches({ merchantIds: ['m2'] }, merchant)).toBe(false);
    expect(merchantMatches({ cities: ['杭州', '上海'], categories: ['5812'] }, merchant)).toBe(true);
    expect(merchantMatches({ cities: ['杭州'], categories: ['5411'] }, merchant)).toBe(false);
    expect(merchantMatches({ districts: ['上城区'] }, merchant)).toBe(false);
    expect(merchantMatches({ businessAreas: ['武林广场'] }, { ...merchant, businessArea: null })).toBe(false);
  });

  it('takes the threshold off at or above the minimum, a percentage up to its cap, and always leaves a fen to charge', () => {
    expect(discountOf(base, 2_999)).toBe(0);
    expect(discountOf(base, 3_000)).toBe(500);
    const percent = { ...base, rule: 'percent' as const, percent: 10, capFen: 800, minSpendFen: 0 };
    expect(discountOf(percent, 3_000)).toBe(300);
    expect(discountOf(percent, 3_005)).toBe(300);
    expect(discountOf(percent, 20_000)).toBe(800);
    expect(discountOf({ ...base, minSpendFen: 0, offFen: 500 }, 300)).toBe(299);
    expect(discountOf({ ...base, minSpendFen: 0 }, 1)).toBe(0);
  });

  it("counts the dates and hours in the merchant's zone, and only the campaign's channels", () => {
    expect(offers([base])).toEqual([['c1', 500]]);
    expect(offers([base], { channel: 'wechat' })).toEqual([]);
    expect(offers([{ ...base, enabled: false }])).toEqual([]);
    // 2026-12-01 00:30 in Shanghai is still 30 November in UTC: the campaign has begun for a Shanghai shop.
    const earlyFirst = Date.parse('2026-11-30T16:30:00Z');
    expect(offers([base], { atMs: earlyFirst })).toEqual([['c1', 500]]);
    expect(offers([base], { atMs: earlyFirst, merchant: { ...merchant, timezone: 'Europe/London' } })).toEqual([]);
    const lunch = { ...base, hours: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '11:00', closes: '14:00' }] };
    expect(offers([lunch])).toEqual([['c1', 500]]);
    expect(offers([lunch], { atMs: noon + 3 * 3600_000 })).toEqual([]);
  });

  it('offers the largest discount first, the earliest campaign on a tie', () => {
    const small = { ...base, id: 'small', offFen: 200, createdAt: 0 };
    const big = { ...base, id: 'big', offFen: 800, createdAt: 5 };
    const twin = { ...base, id: 'twin', offFen: 800, createdAt: 9 };
    expect(offers([small, twin, big])).toEqual([
      ['big', 800],
      ['twin', 800],
      ['small', 200],
    ]);
  });
});
