// What screens were told against the acquirer's ledger: lost, doubled, told wrong.
import { describe, expect, it } from 'vitest';
import { PayStatus } from '@screenhub/protocol';
import { checkLedger, type ToldPayment } from '../../bench/support/payment-ledger-check.js';

const trade = (outTradeNo: string, amountFen: number, status = 'TRADE_SUCCESS', refunded = false) => ({ outTradeNo, amountFen, status, refunded, refundedFen: 0 });
const told = (phase: 'ramp' | 'steady', status: number, amountFen: number): ToldPayment => ({ phase, status, amountFen });

describe('checkLedger', () => {
  it('finds nothing wrong when every success was charged its amount and nothing else was', () => {
    const verdict = checkLedger(
      new Map([
        ['a', told('ramp', PayStatus.PAY_STATUS_SUCCEEDED, 100)],
        ['b', told('steady', PayStatus.PAY_STATUS_FAILED, 200)],
      ]),
      0,
      [trade('a', 100), trade('b', 200, 'TRADE_CLOSED')],
    );
    expect(verdict).toEqual({ charged: 1, chargedNeverTold: 0, doubled: 0, toldWrong: { ramp: 0, steady: 0 } });
  });

  it('counts told wrong by part: a success not charged, charged another amount, or a failure charged', () => {
    const verdict = checkLedger(
      new Map([
        ['a', told('ramp', PayStatus.PAY_STATUS_SUCCEEDED, 100)],
        ['b', told('steady', PayStatus.PAY_STATUS_SUCCEEDED, 200)],
        ['c', told('steady', PayStatus.PAY_STATUS_FAILED, 300)],
      ]),
      0,
      [trade('a', 100, 'TRADE_SUCCESS', true), trade('b', 201), trade('c', 300)],
    );
    expect(verdict.toldWrong).toEqual({ ramp: 1, steady: 2 });
  });

  it('counts a charge no screen was told of as doubled, unless a lost payment may account for it', () => {
    const tellings = new Map([['a', told('steady', PayStatus.PAY_STATUS_SUCCEEDED, 100)]]);
    const trades = [trade('a', 100), trade('x', 100), trade('y', 100)];
    expect(checkLedger(tellings, 0, trades)).toMatchObject({ chargedNeverTold: 2, doubled: 2 });
    expect(checkLedger(tellings, 1, trades)).toMatchObject({ chargedNeverTold: 2, doubled: 1 });
    expect(checkLedger(tellings, 5, trades)).toMatchObject({ chargedNeverTold: 2, doubled: 0 });
  });
});
