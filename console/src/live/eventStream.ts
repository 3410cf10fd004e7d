// The hub's live events (GET /api/events?access_token=…, a WebSocket), kept open
// while the operator is logged in: reconnects by itself with exponential backoff
// and jitter, so a restarted hub or a dropped network comes back without a reload.
export interface HubEvent {
  type: string;
  at: string;
  data: Record<string, unknown>;
}

export type StreamStatus = 'connecting' | 'open' | 'closed';

export interface EventStreamOptions {
  /** Returns the current JWT; none means stay closed. */
  token: () => string | null;
  url?: (token: string) => string;
  initialDelayMs?: number;
  maxDelayMs?: number;
}

export class EventStream {
  private socket: WebSocket | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;
  private stopped = true;
  private readonly listeners = new Set<(event: HubEvent) => void>();
  private readonly statusListeners = new Set<(status: StreamStatus) => void>();
  status: StreamStatus = 'closed';

  constructor(private readonly options: EventStreamOptions) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.socket?.close();
    this.socket = undefined;
    this.setStatus('closed');
  }

  subscribe(listener: (event: HubEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onStatus(listener: (status: StreamStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  private connect(): void {
    const token = this.options.token();
    if (!token) return this.stop();
    const url = this.options.url?.(token) ?? `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/events?access_token=${encodeURIComponent(token)}`;
    this.setStatus('connecting');
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.onopen = () => {
      this.attempt = 0;
      this.setStatus('open');
    };
    socket.onmessage = (message) => {
      let event: HubEvent;
      try {
        event = JSON.parse(String(message.data)) as HubEvent;
      } catch {
        return;
      }
      for (const listener of this.listeners) listener(event);
    };
    socket.onclose = (close) => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      // 4401: the token is bad or expired; retrying with it would only fail again.
      if (this.stopped || close.code === 4401) return this.stop();
      this.setStatus('connecting');
      const base = Math.min(this.options.maxDelayMs ?? 30_000, (this.options.initialDelayMs ?? 500) * 2 ** this.attempt++);
      this.retryTimer = setTimeout(() => this.connect(), base / 2 + Math.random() * (base / 2));
    };
  }

  private setStatus(status: StreamStatus): void {
    if (this.status === status) return;
    this.status = status;
    for (const listener of this.statusListeners) listener(status);
  }
}
