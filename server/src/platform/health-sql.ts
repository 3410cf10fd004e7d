// The readiness check's question to the database: does it answer at all.
import type { Queryable } from '../db/database.js';

export async function databaseAnswers(db: Queryable): Promise<void> {
  await db.query('select 1');
}
