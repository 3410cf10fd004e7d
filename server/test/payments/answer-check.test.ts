// The one check every final acquirer answer goes through (no hub needed: a pure function).
import { describe, expect, it } from 'vitest';
import { answerMismatches, PAID_ANSWER_NAMES } from '../../src/payments/connectors/answer-check.js';

const asked = { orderNo: 'a'.repeat(32), amountFen: 1000, currency: 'CNY', account: 'wx1/1900' };

describe('answerMismatches', () => {
  it('passes an answer about what was asked, and one that names less (currency absent means CNY)', () => {
    expect(answerMismatches(asked, { orderNo: asked.orderNo, amountFen: 1000, currency: 'CNY', account: 'wx1/1900' }, PAID_ANSWER_NAMES)).toEqual([]);
    expect(answerMismatches(asked, { orderNo: asked.orderNo, amountFen: 1000 }, PAID_ANSWER_NAMES)).toEqual([]);
    expect(answerMismatches(asked, undefined)).toEqual([]);
  });

  it('names every field that differs', () => {
    expect(answerMismatches(asked, { orderNo: 'b'.repeat(32), amountFen: 3000, currency: 'USD', account: 'wx2/1900' })).toEqual([
      { field: 'orderNo', asked: asked.orderNo, answered: 'b'.repeat(32) },
      { field: 'amountFen', asked: 1000, answered: 3000 },
      { field: 'currency', asked: 'CNY', answered: 'USD' },
      { field: 'account', asked: 'wx1/1900', answered: 'wx2/1900' },
    ]);
  });

  it('does not believe "paid" from an answer that does not say which order or how much', () => {
    expect(answerMismatches(asked, { orderNo: asked.orderNo }, PAID_ANSWER_NAMES)).toEqual([{ field: 'amountFen', asked: 1000, answered: null }]);
    expect(answerMismatches(asked, undefined, PAID_ANSWER_NAMES).map((m) => m.field)).toEqual(['orderNo', 'amountFen']);
  });

  it('a malformed amount matches nothing', () => {
    expect(answerMismatches(asked, { orderNo: asked.orderNo, amountFen: Number.NaN })).toHaveLength(1);
  });
});
