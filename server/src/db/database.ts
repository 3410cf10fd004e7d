// The one interface the domains use to reach PostgreSQL, whether it is a real
// server (through `pg`) or the embedded PGlite. Same SQL, same results: both
// adapters parse int8 to number and return timestamptz as Date.
import { createHash } from 'node:crypto';

export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

/**
 * A statement a hot path runs thousands of times a second: on a PostgreSQL server it is prepared once per connection
 * under `name` (parsed and planned once, then only bound and executed); PGlite runs its text. Names must be unique
 * per text: see `prepared`.
 */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

/** A statement to prepare; `name` says what it does, its text's hash keeps two texts from sharing a name. */
export function prepared(name: string, text: string): PreparedStatement {
  return { name: `${name}_${createHash('sha1').update(text).digest('hex').slice(0, 8)}`, text };
}

export interface Queryable {
  /** Runs one parameterised statement ($1, $2...). */
  query<Row = Record<string, unknown>>(sql: string | PreparedStatement, params?: readonly unknown[]): Promise<QueryResult<Row>>;
}

/** What a LISTEN calls back (Database.listen). */
export interface NoticeHandlers {
  /** A NOTIFY on the channel, committed by any session, with its payload. */
  notice(payload: string): void;
  /**
   * Notices may have been lost (the listening connection dropped and is listening again): forget everything they
   * could have invalidated.
   */
  missed(): void;
}

export interface Database extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** Set when this process started the embedded PostgreSQL server (embedded-postgres-server.ts): where its files are. */
  readonly embeddedDir?: string;
  /** Runs `work` in one transaction; commits if it resolves, rolls back if it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * LISTENs on `channel` until the returned function is called or the database is closed: how hub processes tell
   * each other that what they cache has changed (PostgreSQL's NOTIFY, sent at commit by triggers or by `notify`).
   */
  listen(channel: string, handlers: NoticeHandlers): Promise<() => Promise<void>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export const INT8_OID = 20;

/** int8 as a JavaScript number; refuses values a double cannot hold exactly. */
export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`int8 ${text} is beyond Number.MAX_SAFE_INTEGER`);
  return value;
}

/** True for PostgreSQL's unique_violation (23505), from either driver. */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === '23505';
}
