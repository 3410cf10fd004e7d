// Database on a PostgreSQL server, through a `pg` connection pool.
import pg from 'pg';
import { INT8_OID, parseInt8, type Database, type PreparedStatement, type Queryable, type QueryResult } from './database.js';

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

export class PostgresDatabase implements Database {
  readonly kind = 'postgres';
  private readonly pool: pg.Pool;
  private readonly afterClose?: () => Promise<void>;
  /** Set when this is the embedded server this process started (embedded-postgres-server.ts): where its files are. */
  readonly embeddedDir?: string;

  constructor(connectionString: string, options: { maxConnections?: number; afterClose?: () => Promise<void>; embeddedDir?: string } = {}) {
    this.pool = new pg.Pool({ connectionString, types, max: options.maxConnections ?? 20 });
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

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async close(): Promise<void> {
    await this.pool.end();
    await this.afterClose?.();
  }
}
