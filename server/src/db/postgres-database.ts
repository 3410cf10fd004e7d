// Database on a PostgreSQL server, through a `pg` connection pool.
import pg from 'pg';
import { INT8_OID, parseInt8, type Database, type NoticeHandlers, type PreparedStatement, type Queryable, type QueryResult } from './database.js';
import { PostgresListener } from './postgres-listener.js';

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID) return parseInt8;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** pg's query config: a prepared statement goes by its name (prepared on each connection's first use). */
function config(sql: string | PreparedStatement, params?: readonly unknown[]): pg.QueryConfig {
  return typeof sql === 'string' ? { text: sql, values: params as unknown[] } : { name: sql.name, text: sql.text, values: params as unknown[] };
}

/**
 * The hot statements (`prepared` in database.ts) are group-commit batches of unnest()ed arrays. Left to choose
 * (plan_cache_mode auto), PostgreSQL plans each execution again whenever a batch is smaller than the 10 rows it assumes
 * for a generic plan, which is most batches below 1,000 payments a second: that planning was about a third of the
 * database's CPU per payment (server/bench/payment-sql.bench.ts, batches of 3: 0.32 ms, 0.24 ms with one plan).
 * The statements are written for the plan they get (index lookups by primary key); unnamed statements, which
 * everything else uses, are planned per execution whatever this says.
 */
const ONE_PLAN_PER_PREPARED_STATEMENT = '-c plan_cache_mode=force_generic_plan';

/**
 * A connection's plans are made when a statement first runs on it: made while a table was young (a sequential scan of
 * a then-empty `transactions`), a plan would outlive the table's growth. Replacing connections every few minutes plans
 * them again at the table's size (autovacuum's ANALYZE does too, when it gets to the table).
 */
const CONNECTION_LIFETIME_SECONDS = 300;

/** The URL with our server options added to its own: sent with the startup message, they hold from the first statement. */
function withServerOptions(connectionString: string): string {
  const url = new URL(connectionString);
  url.searchParams.set('options', [url.searchParams.get('options'), ONE_PLAN_PER_PREPARED_STATEMENT].filter(Boolean).join(' '));
  return url.toString();
}

export class PostgresDatabase implements Database {
  readonly kind = 'postgres';
  private readonly pool: pg.Pool;
  private readonly afterClose?: () => Promise<void>;
  private readonly connectionString: string;
  private readonly listeners = new Set<PostgresListener>();
  /** Set when this is the embedded server this process started (embedded-postgres-server.ts): where its files are. */
  readonly embeddedDir?: string;

  constructor(connectionString: string, options: { maxConnections?: number; afterClose?: () => Promise<void>; embeddedDir?: string } = {}) {
    this.connectionString = connectionString;
    this.pool = new pg.Pool({ connectionString: withServerOptions(connectionString), types, max: options.maxConnections ?? 20, maxLifetimeSeconds: CONNECTION_LIFETIME_SECONDS });
    this.afterClose = options.afterClose;
    this.embeddedDir = options.embeddedDir;
    // An idle client losing its connection must not crash the hub; the pool replaces it.
    this.pool.on('error', () => undefined);
  }

  async query<Row>(sql: string | PreparedStatement, params?: readonly unknown[]): Promise<QueryResult<Row>> {
    const result = await this.pool.query(config(sql, params));
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
  }

  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      const tx: Queryable = {
        async query<Row>(sql: string | PreparedStatement, params?: readonly unknown[]) {
          const result = await client.query(config(sql, params));
          return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
        },
      };
      const value = await work(tx);
      await client.query('commit');
      return value;
    } catch (err) {
      await client.query('rollback').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async listen(channel: string, handlers: NoticeHandlers): Promise<() => Promise<void>> {
    const listener = new PostgresListener(this.connectionString, channel, handlers);
    await listener.start();
    this.listeners.add(listener);
    return async () => {
      this.listeners.delete(listener);
      await listener.stop();
    };
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async close(): Promise<void> {
    await Promise.all([...this.listeners].map((listener) => listener.stop()));
    this.listeners.clear();
    await this.pool.end();
    await this.afterClose?.();
  }
}
