// How one group commit's payments share what is left of a campaign: in the
// order they came, each takes its best offer that still fits the budget and
// the day's limits, and falls back to its next offer (or to the ticket's
// price) when the payments before it used the room up.
import { describe, expect, it } from 'vitest';
import { allocate, useKey, type CampaignRoom, type Claim } from '../../src/discounts/budget-allocation.js';
import type { Offer } from '../../src/discounts/discount-offer.js';

const offer = (campaignId: string, discountFen: number, limits: Partial<Pick<Offer, 'perMerchantDay' | 'perScreenDay'>> = {}): Offer => ({
  campaignId,
  name: campaignId,
  discountFen,
  day: '2026-12-05',
  perMerchantDay: null,
  perScreenDay: null,
  ...limits,
});
const claim = (offers: Offer[], merchantId = 'm1', deviceId = 'd1'): Claim => ({ offers, merchantId, deviceId });
const rooms = (entries: Record<string, number | CampaignRoom>) =>
  new Map(Object.entries(entries).map(([id, room]) => [id, typeof room === 'number' ? { enabled: true, leftFen: room } : room]));
const given = (grants: Array<Offer | undefined>) => grants.map((g) => (g ? `${g.campaignId}:${g.discountFen}` : '-'));

describe('budget allocation within a batch', () => {
  it('hands out in order until the budget left cannot cover the next discount, down to the last fen', () => {
    const claims = [claim([offer('a', 300)]), claim([offer('a', 300)]), claim([offer('a', 300)]), claim([offer('a', 100)])];
    expect(given(allocate(claims, rooms({ a: 700 }), new Map()))).toEqual(['a:300', 'a:300', '-', 'a:100']);
  });

  it('falls back to the next offer when the best campaign ran out, and pays the ticket when none is left', () => {
    const both = () => claim([offer('a', 500), offer('b', 200)]);
    expect(given(allocate([both(), both(), both()], rooms({ a: 500, b: 200 }), new Map()))).toEqual(['a:500', 'b:200', '-']);
  });

  it('gives nothing from a campaign stopped or deleted since the offers were read', () => {
    const claims = [claim([offer('stopped', 100), offer('gone', 100)])];
    expect(given(allocate(claims, rooms({ stopped: { enabled: false, leftFen: 10_000 } }), new Map()))).toEqual(['-']);
  });

  it('counts the day uses of the merchant and of the screen, with those already counted in the database', () => {
    const limited = () => offer('a', 100, { perMerchantDay: 3, perScreenDay: 2 });
    const uses = new Map([[useKey('a', '2026-12-05', 'm:m1'), 1]]);
    const claims = [claim([limited()], 'm1', 'd1'), claim([limited()], 'm1', 'd1'), claim([limited()], 'm1', 'd2'), claim([limited()], 'm1', 'd3'), claim([limited()], 'm2', 'd1')];
    // m1 had one use: two more reach its limit of 3; screen d1 reaches its 2 with m2's payment refused.
    expect(given(allocate(claims, rooms({ a: 10_000 }), uses))).toEqual(['a:100', 'a:100', '-', '-', '-']);
    expect(given(allocate([claim([limited()], 'm2', 'd9')], rooms({ a: 10_000 }), uses))).toEqual(['a:100']);
  });

  it('leaves the figures it was given as they were', () => {
    const campaigns = rooms({ a: 300 });
    const uses = new Map([[useKey('a', '2026-12-05', 'd:d1'), 0]]);
    allocate([claim([offer('a', 300, { perScreenDay: 1 })])], campaigns, uses);
    expect(campaigns.get('a')!.leftFen).toBe(300);
    expect(uses.get(useKey('a', '2026-12-05', 'd:d1'))).toBe(0);
  });
});
