// Checks of the payment path: the suite asks for sales at the screen (the CLI
// tells the person at it, a test has the simulator's screen take them) and
// judges from what the hub saw: PayRequests signed with the screen's payment
// key, an order number of its own for every sale, and, when the hub loses the
// answer on purpose, the same order asked about again (a resent PayRequest or
// Hello's awaiting_order_nos) until the outcome arrives, never a new order for
// the same sale (the customer would pay twice).
import { until, type ConformanceCheck, type ConformanceContext } from './conformance-context.js';
import { journalMark, payOutcomes, payRequests, plantFaults, readJournal, type JournalEntry } from './hub-journal.js';

/** Asks for one sale and waits for the hub's first outcome after it (sent or lost); the journal from `since`. */
async function sale(ctx: ConformanceContext, amountFen: number, since: number): Promise<{ journal: JournalEntry[]; answered: boolean }> {
  ctx.cue({ amountFen, authCode: ctx.payingAuthCode });
  const seen = await until(
    () => readJournal(ctx, since),
    (journal) => payOutcomes(journal).some((outcome) => payRequests(journal).some((r) => r.orderNo === outcome.orderNo && r.amountFen === amountFen)),
    ctx.timeoutMs,
  );
  return { journal: seen.value, answered: seen.done };
}

const outcomeText = (e: JournalEntry) => `${e.status}${e.failureReason ? ` (${e.failureReason})` : ''}`;

export const signsPayRequests: ConformanceCheck = {
  id: 'pay-signature',
  title: 'signs its PayRequests with its payment key, and is paid',
  async run(ctx) {
    const { journal, answered } = await sale(ctx, 1, await journalMark(ctx));
    const request = payRequests(journal)[0];
    if (!request) return { passed: false, saw: `no PayRequest within ${ctx.timeoutMs} ms of asking for a sale of 1 fen` };
    const outcome = payOutcomes(journal).find((e) => e.orderNo === request.orderNo);
    if (!answered || !outcome) return { passed: false, saw: `PayRequest ${request.orderNo} not answered within ${ctx.timeoutMs} ms` };
    return { passed: outcome.status === 'PAY_STATUS_SUCCEEDED', saw: `PayRequest ${request.orderNo} for ${request.amountFen} fen: ${outcomeText(outcome)}` };
  },
};

export const ownOrderNumbers: ConformanceCheck = {
  id: 'order-numbers',
  title: 'gives every sale an order number of its own',
  async run(ctx) {
    const since = await journalMark(ctx);
    const first = await sale(ctx, 2, since);
    const second = await sale(ctx, 3, since);
    const requests = payRequests(second.journal);
    const numbers = [...new Set(requests.map((r) => r.orderNo))];
    if (!first.answered || !second.answered) return { passed: false, saw: `two sales asked for; PayRequests seen: ${numbers.join(', ') || 'none'}, not both answered` };
    const outcomes = payOutcomes(second.journal).map((e) => `${e.orderNo} ${outcomeText(e)}`).join(', ');
    return numbers.length === 2
      ? { passed: true, saw: `two sales sent order numbers ${numbers.join(' and ')}` }
      : { passed: false, saw: `two sales sent ${numbers.length === 1 ? `the same order number ${numbers[0]}` : `order numbers ${numbers.join(', ')}`}; the hub answered ${outcomes}` };
  },
};

export const asksAgainForLostAnswer: ConformanceCheck = {
  id: 'lost-answer',
  title: 'asks again with the same order number when the answer is lost, and is paid once',
  async run(ctx) {
    const since = await journalMark(ctx);
    await plantFaults(ctx, { losePayResults: 1 });
    ctx.cue({ amountFen: 4, authCode: ctx.payingAuthCode });
    // Lost, then told after the screen asked again: allow the wait before a screen asks again on top of the timeout.
    const seen = await until(
      () => readJournal(ctx, since),
      (journal) => {
        const lost = journal.find((e) => e.event === 'downlink_lost');
        return !!lost && payOutcomes(journal).some((e) => e.event === 'downlink' && e.orderNo === lost.orderNo && e.atMs > lost.atMs);
      },
      2 * ctx.timeoutMs,
    );
    await plantFaults(ctx, { losePayResults: 0 });
    const journal = seen.value;
    const lost = journal.find((e) => e.event === 'downlink_lost');
    if (!lost) return { passed: false, saw: `no outcome to lose: ${payRequests(journal).length} PayRequests, none answered within ${2 * ctx.timeoutMs} ms` };
    const after = journal.filter((e) => e.atMs > lost.atMs);
    const numbers = [...new Set(payRequests(journal).map((r) => r.orderNo))];
    const again = payRequests(after).filter((r) => r.orderNo === lost.orderNo).length;
    const told = payOutcomes(after).find((e) => e.event === 'downlink' && e.orderNo === lost.orderNo);
    const saw = [
      `PayResult for ${lost.orderNo} (${lost.status}) lost`,
      `the screen sent it again ${again} times`,
      numbers.length > 1 ? `and new order numbers ${numbers.filter((n) => n !== lost.orderNo).join(', ')} for the same sale (the customer pays twice)` : '',
      told ? `told ${told.status} ${told.atMs - lost.atMs} ms after the loss` : `no answer reached it within ${2 * ctx.timeoutMs} ms`,
    ];
    return { passed: !!told && numbers.length === 1, saw: saw.filter(Boolean).join('; ') };
  },
};
