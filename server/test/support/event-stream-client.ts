// A client of the operators' live event stream (WebSocket /api/events) that
// collects what arrives and can wait for the next event of a type.
import WebSocket from 'ws';

export interface Received {
  type: string;
  tenantId: string;
  data: Record<string, unknown>;
}

/** Opens the stream and collects what arrives; resolves once the hello came. */
export async function openEventStream(httpUrl: string, token: string): Promise<{ events: Received[]; next(type: string): Promise<Received>; close(): void }> {
  const socket = new WebSocket(`${httpUrl.replace('http', 'ws')}/api/events?access_token=${token}`);
  const events: Received[] = [];
  const waiters: Array<[string, (e: Received) => void]> = [];
  socket.on('message', (raw) => {
    const event = JSON.parse(String(raw)) as Received;
    events.push(event);
    for (const [type, resolve] of waiters.splice(0)) {
      if (type === event.type) resolve(event);
      else waiters.push([type, resolve]);
    }
  });
  await new Promise<void>((resolve) => socket.once('message', () => resolve()));
  return {
    events,
    next: (type) => new Promise((resolve) => waiters.push([type, resolve])),
    close: () => socket.close(),
  };
}
