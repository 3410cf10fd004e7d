// Shares one event stream with the whole app, and refreshes react-admin's cached
// queries when an event says their data changed (react-admin's own realtime
// package is Enterprise-only; the hub's stream does the same job here).
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { EventStream, type HubEvent, type StreamStatus } from './eventStream';
import { session } from '../session';

const StreamContext = createContext<EventStream | undefined>(undefined);

/**
 * The hub writes presence to the database in batches (HUB_LIVE_FLUSH_MS, a second by
 * default), so a read made the moment device.online arrives may not see it yet:
 * presence events refresh at once and again after each of these delays.
 */
const PRESENCE_SETTLE_MS = [1500, 5000];

/** Which cached resources an event makes stale. */
const staleResources: Array<[prefix: string, resources: string[]]> = [
  ['device.', ['devices', 'alerts']],
  ['command.', ['commands']],
  ['config.', ['devices']],
  ['payment.', ['transactions']],
  ['refund.', ['transactions']],
  ['alert.', ['alerts']],
  ['ota.', ['campaigns', 'campaign-devices', 'releases']],
  ['ads.creative', ['creatives']],
  ['ads.booking', ['ad-bookings']],
];

export function LiveEventsProvider({ children }: { children: ReactNode }) {
  const stream = useMemo(() => new EventStream({ token: session.token }), []);
  const queryClient = useQueryClient();
  useEffect(() => {
    stream.start();
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const refresh = (resources: string[]) => {
      for (const resource of resources) void queryClient.invalidateQueries({ queryKey: [resource] });
    };
    const unsubscribe = stream.subscribe((event) => {
      for (const [prefix, resources] of staleResources) {
        if (!event.type.startsWith(prefix)) continue;
        refresh(resources);
        if (prefix !== 'device.') continue;
        for (const delay of PRESENCE_SETTLE_MS) {
          const timer = setTimeout(() => {
            timers.delete(timer);
            refresh(resources);
          }, delay);
          timers.add(timer);
        }
      }
    });
    return () => {
      for (const timer of timers) clearTimeout(timer);
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
