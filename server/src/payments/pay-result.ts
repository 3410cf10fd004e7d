// The PayResult a screen receives, and the sentence it speaks.
import { fenToYuan, PayStatus, type DownlinkProps } from '@screenhub/protocol';
import type { TransactionRow } from './payment-sql.js';

const channelNames: Record<string, string> = { alipay: '支付宝', wechat: '微信', unionpay: '云闪付' };

/** "支付宝收款12.50元": what Chinese payment speakers say after a sale. */
export function speechFor(channel: string, amountFen: number): string {
  return `${channelNames[channel] ?? ''}收款${fenToYuan(amountFen)}元`;
}

/** "支付宝收款, 立减5.00元, 实收45.00元": the customer hears the bank's offer and what was charged. */
export function discountedSpeechFor(channel: string, discountFen: number, chargedFen: number): string {
  return `${channelNames[channel] ?? ''}收款, 立减${fenToYuan(discountFen)}元, 实收${fenToYuan(chargedFen)}元`;
}

const statusOf: Record<string, number> = {
  succeeded: PayStatus.PAY_STATUS_SUCCEEDED,
  failed: PayStatus.PAY_STATUS_FAILED,
  cancelled: PayStatus.PAY_STATUS_CANCELLED,
  refunded: PayStatus.PAY_STATUS_REFUNDED,
  // Never "succeeded": whatever the acquirer holds, a person settles it (failure_reason says why).
  needs_attention: PayStatus.PAY_STATUS_FAILED,
};

export function payResultFor(row: TransactionRow): NonNullable<DownlinkProps['payResult']> {
  const succeeded = row.state === 'succeeded' || row.state === 'refunded';
  // The split is told only for a payment that went through with a discount; amountFen stays what the screen asked.
  const discounted = succeeded && row.ticket_fen !== null;
  const paidSpeech = discounted ? discountedSpeechFor(row.channel, row.discount_fen, row.amount_fen) : speechFor(row.channel, row.amount_fen);
  return {
    orderNo: row.order_no,
    status: statusOf[row.state] ?? PayStatus.PAY_STATUS_UNSPECIFIED,
    amountFen: row.ticket_fen ?? row.amount_fen,
    channel: row.channel,
    paidAtMs: succeeded && row.paid_at ? row.paid_at.getTime() : 0,
    speech: row.state === 'succeeded' ? paidSpeech : row.state === 'refunded' ? '已退款' : '支付失败',
    failureReason: row.state === 'succeeded' ? '' : (row.failure_reason ?? row.state),
    transactionId: row.id,
    chargedFen: discounted ? row.amount_fen : 0,
    discountFen: discounted ? row.discount_fen : 0,
    discountName: discounted ? (row.discount_name ?? '') : '',
  };
}

/** A refusal before any transaction exists (bad signature, stale, malformed). */
export function refusalFor(orderNo: string, amountFen: number, reason: string): NonNullable<DownlinkProps['payResult']> {
  return { orderNo, status: PayStatus.PAY_STATUS_FAILED, amountFen, channel: '', paidAtMs: 0, speech: '支付失败', failureReason: reason, transactionId: '' };
}

/** Not taken, not an outcome: the screen says nothing aloud and asks again after `retryAfterMs` (retry-after.ts). */
export function retryLaterFor(orderNo: string, amountFen: number, retryAfterMs: number): NonNullable<DownlinkProps['payResult']> {
  return { orderNo, status: PayStatus.PAY_STATUS_RETRY_LATER, amountFen, channel: '', paidAtMs: 0, speech: '', failureReason: 'busy', transactionId: '', retryAfterMs };
}

