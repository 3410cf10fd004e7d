// A bound on package streams in flight at once. Each stream holds a read buffer
// and a socket buffer while its client is slower than the disk; with thousands
// of screens downloading at once those would add up, so the rest wait in line
// (first come, first served) holding only their idle connection. The hub's
// memory then stays flat however many screens download, and the aggregate
// throughput does not change: the network or the CPU was the limit anyway.
export class DownloadSlots {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly capacity: number) {}

  get inUse(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Resolves with a release function once a slot is free. */
  async acquire(): Promise<() => void> {
    if (this.active < this.capacity) this.active++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // Hand the slot straight to the next in line, or give it back.
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    };
  }
}
