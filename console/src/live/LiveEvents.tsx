// Shares one event stream with the whole app, and refreshes react-admin's cached
// queries when an event says their data changed (react-admin's own realtime
// package is Enterprise-only; the hub's stream does the same job here).
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { EventStream, type HubEvent, type StreamStatus } from './eventStream';
import { session } from '../session';

const StreamContext = createContext<EventStream | undefined>(undefined);

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
    const unsubscribe = stream.subscribe((event) => {
      for (const [prefix, resources] of staleResources) {
        if (!event.type.startsWith(prefix)) continue;
        for (const resource of resources) void queryClient.invalidateQueries({ queryKey: [resource] });
      }
    });
    return () => {
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
