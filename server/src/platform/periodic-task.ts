// A job a hub process runs every few seconds (sweeps, evaluations, deliveries):
// never two rounds at once in one process (a round still running when the
// timer fires, or when asked for by hand, is joined, not doubled), errors
// logged rather than thrown into the timer, and stop() waits for the round
// in progress so shutdown does not cut it in half.
export class PeriodicTask {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly round: () => Promise<void>,
    private readonly intervalMs: number,
    private readonly onError: (err: unknown) => void,
  ) {}

  /** `immediately`: one round now too, not only after the first interval. */
  start(options: { immediately?: boolean } = {}): void {
    if (options.immediately) void this.run();
    this.timer = setInterval(() => void this.run(), this.intervalMs);
    this.timer.unref();
  }

  /** One round now, or the one already running. */
  run(): Promise<void> {
    this.running ??= this.round()
      .catch(this.onError)
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
