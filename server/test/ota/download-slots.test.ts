// The bound on package streams: beyond the capacity, downloads wait in line and
// get their slot in order as others finish; a slot released twice counts once.
import { describe, expect, it } from 'vitest';
import { DownloadSlots } from '../../src/ota/download-slots.js';

describe('download slots', () => {
  it('lets `capacity` streams run and queues the rest first come, first served', async () => {
    const slots = new DownloadSlots(2);
    const order: string[] = [];
    const a = await slots.acquire();
    const b = await slots.acquire();
    const c = slots.acquire().then((release) => (order.push('c'), release));
    const d = slots.acquire().then((release) => (order.push('d'), release));
    await Promise.resolve();
    expect([slots.inUse, slots.queued]).toEqual([2, 2]);
    a();
    a(); // a second release of the same slot changes nothing
    const releaseC = await c;
    expect(order).toEqual(['c']);
    expect([slots.inUse, slots.queued]).toEqual([2, 1]);
    b();
    (await d)();
    releaseC();
    expect(order).toEqual(['c', 'd']);
    expect([slots.inUse, slots.queued]).toEqual([0, 0]);
  });
});
