// Shares one event stream with the whole app, and refreshes react-admin's cached
// queries when an event says their data changed (react-admin's own realtime
// package is Enterprise-only; the hub's stream does the same job here).
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { EventStream, type HubEvent, type StreamStatus } from './eventStream';
import { session } from '../session';

const StreamContext = createContext<EventStream | undefined>(undefined);

/**
 * Events do not refetch at once: the resources they make stale are gathered and
 * refreshed together at most once per REFRESH_MS (a fleet of a thousand screens
 * sends hundreds of events a second; one refresh of each list covers them all).
 * The hub writes presence in batches (HUB_LIVE_FLUSH_MS, a second by default),
 * so the window also gives the database time to hold what a presence event
 * says; presence is read once more a few seconds later, for the slow flush.
 */
export const REFRESH_MS = 1_500;
const PRESENCE_SETTLE_MS = 5_000;
/**
 * localStorage key: another window in ms; 0 is the console before batching (a refresh per event, and per
 * presence event two more after 1.5 s and 5 s), what npm run bench:console measures as its baseline.
 */
const WINDOW_KEY = 'screenhub.refreshMs';
const windowFromStorage = () => {
  const stored = Number(localStorage.getItem(WINDOW_KEY) ?? REFRESH_MS);
  return Number.isFinite(stored) && stored >= 0 ? stored : REFRESH_MS;
};

/** Which cached resources an event makes stale. */
const staleResources: Array<[prefix: string, resources: string[]]> = [
  // Alerts have their own events (alert.opened, alert.resolved): presence alone changes none.
  ['device.', ['devices']],
  ['command.', ['commands']],
  ['config.', ['devices']],
  ['payment.', ['transactions']],
  ['refund.', ['transactions']],
  ['alert.', ['alerts']],
  ['ota.', ['campaigns', 'campaign-devices', 'releases']],
  ['ads.creative', ['creatives']],
  ['ads.booking', ['ad-bookings']],
];

/** Gathers stale resources and calls `refresh` with them once per window. */
export class RefreshBatcher {
  private readonly pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private settle: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly refresh: (resources: string[]) => void, private readonly windowMs = REFRESH_MS) {}

  add(resources: string[], presence: boolean): void {
    if (this.windowMs === 0) return this.unbatched(resources, presence);
    for (const resource of resources) this.pending.add(resource);
    this.timer ??= setTimeout(() => this.flush(), this.windowMs);
    if (presence) {
      clearTimeout(this.settle);
      this.settle = setTimeout(() => this.refresh(['devices']), PRESENCE_SETTLE_MS);
    }
  }

  stop(): void {
    clearTimeout(this.timer);
    clearTimeout(this.settle);
    for (const timer of this.unbatchedTimers) clearTimeout(timer);
  }

  private readonly unbatchedTimers = new Set<ReturnType<typeof setTimeout>>();

  /** The baseline: every event refreshes at once, and presence again after 1.5 s and 5 s. */
  private unbatched(resources: string[], presence: boolean): void {
    this.refresh(resources);
    if (!presence) return;
    for (const delay of [1_500, PRESENCE_SETTLE_MS]) {
      const timer = setTimeout(() => {
        this.unbatchedTimers.delete(timer);
        this.refresh(resources);
      }, delay);
      this.unbatchedTimers.add(timer);
    }
  }

  private flush(): void {
    this.timer = undefined;
    const resources = [...this.pending];
    this.pending.clear();
    if (resources.length > 0) this.refresh(resources);
  }
}

export function LiveEventsProvider({ children }: { children: ReactNode }) {
  const stream = useMemo(() => new EventStream({ token: session.token }), []);
  const queryClient = useQueryClient();
  useEffect(() => {
    stream.start();
    const batcher = new RefreshBatcher((resources) => {
      for (const resource of resources) void queryClient.invalidateQueries({ queryKey: [resource] });
    }, windowFromStorage());
    const unsubscribe = stream.subscribe((event) => {
      for (const [prefix, resources] of staleResources) {
        if (event.type.startsWith(prefix)) batcher.add(resources, prefix === 'device.');
      }
    });
    return () => {
      batcher.stop();
      unsubscribe();
      stream.stop();
    };
  }, [stream, queryClient]);
  return <StreamContext.Provider value={stream}>{children}</StreamContext.Provider>;
}

/** Calls `listener` for every live event while the component is mounted. */
export function useLiveEvent(listener: (event: HubEvent) => void): void {
  const stream = useContext(StreamContext);
  useEffect(() => stream?.subscribe(listener), [stream, listener]);
}

export function useStreamStatus(): StreamStatus {
  const stream = useContext(StreamContext);
  const [status, setStatus] = useState<StreamStatus>(stream?.status ?? 'closed');
  useEffect(() => {
    if (!stream) return;
    setStatus(stream.status);
    return stream.onStatus(setStatus);
  }, [stream]);
  return status;
}
