// Believes an acquirer's final answer only if it speaks of what the hub asked
// for (connectors/answer-check.ts). A mismatch is an incident: an error log with
// the transaction and the fields, and hub_acquirer_answer_mismatches_total by
// channel and field; the outcome becomes `unknown` (reason answer_mismatch),
// which the caller resolves by the acquirer's rules and records on the transaction.
import type { FastifyBaseLogger } from 'fastify';
import { Counter, type Registry } from 'prom-client';
import type { AnswerEcho } from './connectors/acquirer-connector.js';
import { ANSWER_MISMATCH, answerMismatches, PAID_ANSWER_NAMES, type AnswerMismatch, type AskedFor } from './connectors/answer-check.js';

export type Unbelieved = { kind: 'unknown'; reason: typeof ANSWER_MISMATCH; mismatches: AnswerMismatch[] };

export interface AnswerContext {
  channel: string;
  txId: string;
  refundId?: string;
  /** Which call answered: pay, query, cancel or refund. */
  call: 'pay' | 'query' | 'cancel' | 'refund';
}

export class AnswerAudit {
  private readonly mismatches: Counter<'channel' | 'field'>;

  constructor(
    registry: Registry,
    private readonly logger: FastifyBaseLogger,
  ) {
    this.mismatches = new Counter({
      name: 'hub_acquirer_answer_mismatches_total',
      help: 'Acquirer answers claiming a final state for another order number, amount, currency or account than asked, by field',
      labelNames: ['channel', 'field'],
      registers: [registry],
    });
  }

  /**
   * `outcome` as it is if its answer is about what was asked (or claims
   * nothing); otherwise unknown with the mismatching fields. A payment is paid
   * only on an answer that names its order and amount (PAID_ANSWER_NAMES).
   */
  believe<O extends { kind: string; echo?: AnswerEcho }>(context: AnswerContext, asked: AskedFor, outcome: O): O | Unbelieved {
    const mustName = outcome.kind === 'succeeded' && (context.call === 'pay' || context.call === 'query') ? PAID_ANSWER_NAMES : [];
    if (!outcome.echo && mustName.length === 0) return outcome;
    const mismatches = answerMismatches(asked, outcome.echo, mustName);
    if (mismatches.length === 0) return outcome;
    for (const m of mismatches) this.mismatches.inc({ channel: context.channel, field: m.field });
    this.logger.error({ ...context, claimed: outcome.kind, mismatches }, 'acquirer answer does not match what was asked; not believed');
    return { kind: 'unknown', reason: ANSWER_MISMATCH, mismatches };
  }
}
