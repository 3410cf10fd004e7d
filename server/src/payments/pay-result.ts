// The PayResult a screen receives, and the sentence it speaks.
import { fenToYuan, PayStatus, type DownlinkProps } from '@screenhub/protocol';
import type { TransactionRow } from './payment-sql.js';

const channelNames: Record<string, string> = { alipay: '支付宝', wechat: '微信', unionpay: '云闪付' };

/** "支付宝收款12.50元": what Chinese payment speakers say after a sale. */
export function speechFor(channel: string, amountFen: number): string {
  return `${channelNames[channel] ?? ''}收款${fenToYuan(amountFen)}元`;
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
  return {
    orderNo: row.order_no,
    status: statusOf[row.state] ?? PayStatus.PAY_STATUS_UNSPECIFIED,
    amountFen: row.amount_fen,
    channel: row.channel,
    paidAtMs: succeeded && row.paid_at ? row.paid_at.getTime() : 0,
    speech: row.state === 'succeeded' ? speechFor(row.channel, row.amount_fen) : row.state === 'refunded' ? '已退款' : '支付失败',
    failureReason: row.state === 'succeeded' ? '' : (row.failure_reason ?? row.state),
    transactionId: row.id,
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

/** What a merchant's webhook receives for a payment that reached a final state. */
export function webhookPayloadFor(row: TransactionRow): Record<string, unknown> {
  return {
    transactionId: row.id,
    orderNo: row.order_no,
    acquirerOrderNo: row.acquirer_order_no,
    deviceId: row.device_id,
    amountFen: row.amount_fen,
    refundedFen: row.refunded_fen,
    currency: row.currency,
    channel: row.channel,
    state: row.state,
    acquirerTradeNo: row.acquirer_trade_no,
    failureReason: row.failure_reason,
    paidAt: row.paid_at?.toISOString() ?? null,
  };
}
