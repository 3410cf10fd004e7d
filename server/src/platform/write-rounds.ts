// Rounds of a batched writer (live state, proofs of play): one round writes at
// a time. A caller asking while a round runs may have added its rows after that
// round took its batch, so it waits for one more round after it, shared by
// everyone who asks meanwhile.
export class WriteRounds {
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;

  constructor(private readonly write: () => Promise<void>) {}

  get busy(): boolean {
    return this.running !== undefined;
  }

  /** Resolves once a round that started after this call has finished. */
  run(): Promise<void> {
    if (this.running) {
      this.queued ??= this.running
        .catch(() => undefined)
        .then(() => {
          this.queued = undefined;
          return this.run();
        });
      return this.queued;
    }
    this.running = this.write().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** The round in progress, if any, whatever its outcome. */
  async settled(): Promise<void> {
    await this.running?.catch(() => undefined);
  }
}
