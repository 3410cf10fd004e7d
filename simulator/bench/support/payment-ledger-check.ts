// What the screens were told against what the acquirer charged (the gateway's
// ledger), by the part of the run each payment was offered in:
//   lost        the screen never got an answer
//   told wrong  told succeeded but not charged (or charged another amount), or told otherwise but charged
//   charged, never told
//               charged, but no screen was told of that transaction: a second
//               charge, or the charge of a lost payment (whole run only: the
//               ledger does not say which part of the run it came from)
//   doubled     at least those of them the lost payments cannot account for
import { PayStatus } from '@screenhub/protocol';
import type { LedgerTrade } from '../../src/index.js';
import type { Phase } from './rate-ramp.js';

export interface ToldPayment {
  phase: Phase;
  status: number;
  amountFen: number;
}

export interface LedgerVerdict {
  charged: number;
  chargedNeverTold: number;
  /** A lower bound: each lost payment may account for one charge never told. Exact when none was lost. */
  doubled: number;
  toldWrong: Record<Phase, number>;
}

/** `told`: by the hub's transaction id as the acquirer knows it (without dashes; README, Payments). */
export function checkLedger(told: Map<string, ToldPayment>, lost: number, trades: LedgerTrade[]): LedgerVerdict {
  const charged = new Map(trades.filter((t) => t.status === 'TRADE_SUCCESS' && !t.refunded).map((t) => [t.outTradeNo, t.amountFen]));
  const toldWrong: Record<Phase, number> = { ramp: 0, steady: 0 };
  for (const [acquirerNo, payment] of told) {
    const chargedFen = charged.get(acquirerNo);
    const succeeded = payment.status === PayStatus.PAY_STATUS_SUCCEEDED;
    if (succeeded ? chargedFen !== payment.amountFen : chargedFen !== undefined) toldWrong[payment.phase]++;
  }
  const chargedNeverTold = [...charged.keys()].filter((acquirerNo) => !told.has(acquirerNo)).length;
  return { charged: charged.size, chargedNeverTold, doubled: Math.max(0, chargedNeverTold - lost), toldWrong };
}
