// Database on the embedded PostgreSQL (PGlite, PostgreSQL compiled to WASM),
// persisted in a directory: the hub's default, so a first run needs nothing
// installed. PGlite is one connection; it queues concurrent queries itself.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { INT8_OID, parseInt8, type Database, type NoticeHandlers, type PreparedStatement, type Queryable, type QueryResult } from './database.js';

const parsers = { [INT8_OID]: parseInt8 };

export class PGliteDatabase implements Database {
  readonly kind = 'pglite';

  private constructor(private readonly pglite: PGlite) {}

  /**
   * Opens (creating if needed) the database in `dataDir`; `undefined` keeps it in memory.
   * `initialData` is a dump (PGlite `dumpDataDir`) to start a new directory from instead of
   * running initdb: the tests use it to save seconds per hub.
   */
  static async open(dataDir: string | undefined, initialData?: Blob): Promise<PGliteDatabase> {
    // pg_trgm: trigram indexes for "contains" search over ids and names (migration 0010).
    const pglite = new PGlite(dataDir, { parsers, extensions: { pg_trgm }, ...(initialData ? { loadDataDir: initialData } : {}) });
    await pglite.waitReady;
    return new PGliteDatabase(pglite);
  }

  async query<Row>(sql: string | PreparedStatement, params?: readonly unknown[]): Promise<QueryResult<Row>> {
    return toResult(await this.pglite.query<Row>(typeof sql === 'string' ? sql : sql.text, params as unknown[]));
  }

  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.pglite.transaction(async (tx) =>
      work({
        async query<Row>(sql: string | PreparedStatement, params?: readonly unknown[]) {
          return toResult(await tx.query<Row>(typeof sql === 'string' ? sql : sql.text, params as unknown[]));
        },
      }),
    );
  }

  /** PGlite is one session in this process: notices cannot be missed, so `missed` is never called. */
  async listen(channel: string, handlers: NoticeHandlers): Promise<() => Promise<void>> {
    return this.pglite.listen(channel, (payload) => handlers.notice(payload));
  }

  async exec(sql: string): Promise<void> {
    await this.pglite.exec(sql);
  }

  /** A dump of the whole data directory, to seed another PGlite with. */
  async dump(): Promise<Blob> {
    return this.pglite.dumpDataDir('none');
  }

  async close(): Promise<void> {
    await this.pglite.close();
  }
}

function toResult<Row>(result: { rows: Row[]; affectedRows?: number }): QueryResult<Row> {
  // PGlite reports affectedRows 0 for a SELECT; pg's rowCount counts the rows returned.
  return { rows: result.rows, rowCount: Math.max(result.affectedRows ?? 0, result.rows.length) };
}
