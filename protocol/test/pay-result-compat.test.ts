// A screen built before the bank's discounts still reads a PayResult that tells
// the split: the new fields take new numbers (10-12), so its decoder skips them
// and finds every field it knows where it always was.
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { decodeDownlink, encodeDownlink, PayStatus } from '../src/index.js';

// PayResult and the Downlink envelope as a screen compiled before the discounts knows them.
const before = protobuf.parse(`
  syntax = "proto3";
  message PayResult {
    string order_no = 1; int32 status = 2; uint64 amount_fen = 3; string channel = 4; uint64 paid_at_ms = 5;
    string speech = 6; string failure_reason = 7; string transaction_id = 8; uint32 retry_after_ms = 9;
  }
  message Downlink { uint64 message_id = 1; uint64 sent_at_ms = 2; uint64 reply_to = 3; oneof body { PayResult pay_result = 11; } }
`).root;

describe('PayResult with a discount', () => {
  const bytes = encodeDownlink({
    messageId: 7,
    sentAtMs: 1_796_000_000_000,
    payResult: {
      orderNo: 'A-1',
      status: PayStatus.PAY_STATUS_SUCCEEDED,
      amountFen: 5_000,
      channel: 'alipay',
      paidAtMs: 1_796_000_000_000,
      speech: '支付宝收款, 立减5.00元, 实收45.00元',
      failureReason: '',
      transactionId: 't-1',
      chargedFen: 4_500,
      discountFen: 500,
      discountName: '建行立减',
    },
  });

  it('is read whole by a screen of today', () => {
    expect(decodeDownlink(bytes).payResult).toMatchObject({ amountFen: 5_000, chargedFen: 4_500, discountFen: 500, discountName: '建行立减' });
  });

  it('is read by a screen from before, which hears the split and sees the ticket it asked for', () => {
    const old = before.lookupType('Downlink').toObject(before.lookupType('Downlink').decode(bytes), { longs: Number }) as { payResult: Record<string, unknown> };
    expect(old.payResult).toEqual({
      orderNo: 'A-1',
      status: PayStatus.PAY_STATUS_SUCCEEDED,
      amountFen: 5_000,
      channel: 'alipay',
      paidAtMs: 1_796_000_000_000,
      speech: '支付宝收款, 立减5.00元, 实收45.00元',
      transactionId: 't-1',
    });
  });
});
