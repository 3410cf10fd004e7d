// The payments benchmark's load: payments offered open loop on the ramp's
// schedule, each by the next screen in turn, so every screen pays once per
// (screens / rate) seconds (10,000 screens at 1,000/s: once every 10 s), as
// counters do, rather than a few screens paying many times a second. A screen
// serves one customer at a time: one who arrives while the screen is still busy
// with the last waits in line, and that wait counts in their latency (measured
// from the arrival the schedule set, so a slow hub cannot hide its backlog in
// the counters' queues). Records what each screen saw, by the part of the run
// the payment was offered in.
import { PayStatus } from '@screenhub/protocol';
import type { ScreenClient } from '../../src/index.js';
import type { ToldPayment } from './payment-ledger-check.js';
import type { Phase, RateRamp } from './rate-ramp.js';
import { newHistogram, type Histogram } from './report.js';

/** How often the schedule is looked at: at 1,000/s, five payments a tick. */
const TICK_MS = 5;
/** How long a customer waits, in line and for the PayResult, before the payment counts as lost. */
const ANSWER_TIMEOUT_MS = 60_000;

export class PaymentLoad {
  readonly latency: Record<Phase, Histogram> = { ramp: newHistogram(), steady: newHistogram() };
  /** By the hub's transaction id without dashes, as the acquirer knows it. */
  readonly told = new Map<string, ToldPayment>();
  readonly lost: Record<Phase, number> = { ramp: 0, steady: 0 };
  readonly notSucceeded: Record<Phase, Record<string, number>> = { ramp: {}, steady: {} };
  /** Succeeded answers so far (any part): read at the ends of a part to count what arrived within it. */
  succeeded = 0;
  answered = 0;
  sent = 0;

  /** Each screen's customer being served (the next in its line starts when it ends). */
  private readonly serving = new Map<ScreenClient, Promise<unknown>>();

  constructor(
    private readonly ramp: RateRamp,
    private readonly screens: ScreenClient[],
  ) {}

  /** Offers every payment of the schedule from now; resolves when each has its answer or is lost. */
  run(): Promise<void> {
    const total = this.ramp.total;
    const start = performance.now();
    return new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const due = Math.min(total, this.ramp.dueBy((performance.now() - start) / 1000));
        while (this.sent < due) this.pay(this.sent++, () => this.answered === total && resolve());
        if (this.sent >= total) clearInterval(timer);
      }, TICK_MS);
    });
  }

  private pay(index: number, done: () => void): void {
    const phase = this.ramp.phaseOfPayment(index);
    const screen = this.screens[index % this.screens.length]!;
    const amountFen = 100 + (index % 9000);
    const began = performance.now();
    const before = this.serving.get(screen) ?? Promise.resolve();
    const served = before.then(() => {
      // A customer's patience includes the line: one who waited it all out leaves without paying (lost).
      const patienceMs = ANSWER_TIMEOUT_MS - (performance.now() - began);
      if (patienceMs <= 0) throw new Error('the customer left the line');
      return screen.pay({ orderNo: `B${index}`, amountFen, authCode: `28${String(index).padStart(14, '0')}10` }, patienceMs);
    });
    const ended = served.catch(() => undefined);
    this.serving.set(screen, ended);
    void ended.then(() => this.serving.get(screen) === ended && this.serving.delete(screen));
    served
      .then(
        (result) => {
          this.latency[phase].recordValue(Math.max(1, Math.round((performance.now() - began) * 1000)));
          const status = result.status ?? PayStatus.PAY_STATUS_UNSPECIFIED;
          if (status === PayStatus.PAY_STATUS_SUCCEEDED) this.succeeded++;
          else {
            const reason = result.failureReason || PayStatus[status] || String(status);
            this.notSucceeded[phase][reason] = (this.notSucceeded[phase][reason] ?? 0) + 1;
          }
          // What the screen was told it charged: the ticket, or with a bank-funded discount what the customer paid.
          const chargedFen = Number(result.chargedFen ?? 0) || Number(result.amountFen ?? amountFen);
          if (result.transactionId) this.told.set(result.transactionId.replaceAll('-', ''), { phase, status, amountFen: chargedFen });
        },
        () => this.lost[phase]++,
      )
      .finally(() => {
        this.answered++;
        done();
      });
  }
}
