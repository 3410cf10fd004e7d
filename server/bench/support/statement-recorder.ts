// The statements a benchmark's question sends, as the hub's own code sends
// them (a Queryable in front of the real one), so that the slowest can be
// shown with EXPLAIN (ANALYZE, BUFFERS) without copying the hub's SQL.
import type { PreparedStatement, QueryResult, Queryable } from '../../src/db/database.js';

export interface RecordedStatement {
  text: string;
  params: readonly unknown[];
  ms: number;
}

export class StatementRecorder implements Queryable {
  /** The statements since the last `clear()`, in order. */
  statements: RecordedStatement[] = [];

  constructor(private readonly inner: Queryable) {}

  async query<Row = Record<string, unknown>>(sql: string | PreparedStatement, params?: readonly unknown[]): Promise<QueryResult<Row>> {
    const began = performance.now();
    const result = await this.inner.query<Row>(sql, params);
    this.statements.push({ text: typeof sql === 'string' ? sql : sql.text, params: params ?? [], ms: performance.now() - began });
    return result;
  }

  clear(): void {
    this.statements = [];
  }
}

/**
 * The statement's plan as it ran, with its buffers, in a transaction rolled back after (EXPLAIN ANALYZE executes:
 * an insert would stay). Run as text with its parameters, as `pg` sends an unnamed statement: the plan is a custom one.
 */
export async function explainAnalyze(db: { transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> }, statement: RecordedStatement): Promise<string> {
  let plan = '';
  await db
    .transaction(async (tx) => {
      const { rows } = await tx.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${statement.text}`, statement.params);
      plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      throw new RolledBack();
    })
    .catch((err) => {
      if (!(err instanceof RolledBack)) throw err;
    });
  return plan;
}

/** Thrown to end a transaction that must leave nothing behind. */
export class RolledBack extends Error {}
