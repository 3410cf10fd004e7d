// LISTEN on a PostgreSQL server: one connection of its own, outside the pool
// (a pooled connection is shared and replaced, and would drop the LISTEN with
// it). When the connection is lost, notices sent meanwhile are lost too: the
// listener connects again, LISTENs again and then says `missed`, so the caller
// forgets whatever those notices could have invalidated.
import pg from 'pg';
import type { NoticeHandlers } from './database.js';

const RETRY_FIRST_MS = 200;
const RETRY_MAX_MS = 5_000;

export class PostgresListener {
  private client?: pg.Client;
  private stopped = false;
  private retryMs = RETRY_FIRST_MS;
  private retryTimer?: NodeJS.Timeout;

  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
    private readonly handlers: NoticeHandlers,
  ) {}

  /** Resolves once listening; a first connection that fails rejects (the database is not there). */
  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.handlers.notice(message.payload ?? '');
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      // The channel is a constant of ours, never input: quoted as an identifier all the same.
      await client.query(`listen ${client.escapeIdentifier(this.channel)}`);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    if (this.stopped) return void (await client.end().catch(() => undefined));
    this.client = client;
    this.retryMs = RETRY_FIRST_MS;
  }

  private lost(client: pg.Client): void {
    if (this.stopped || client !== this.client) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    this.retry();
  }

  private retry(): void {
    this.retryTimer = setTimeout(() => {
      this.connect().then(
        () => this.handlers.missed(),
        () => {
          this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
          if (!this.stopped) this.retry();
        },
      );
    }, this.retryMs);
    this.retryTimer.unref();
  }
}
