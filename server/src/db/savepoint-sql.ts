// A part of a transaction that may be undone alone: what the work did stays
// when it returns a value, and is rolled back (the rest of the transaction
// kept) when it returns undefined or throws.
import type { Queryable } from './database.js';

export async function withSavepoint<T>(tx: Queryable, work: () => Promise<T | undefined>): Promise<T | undefined> {
  await tx.query('savepoint part');
  let result: T | undefined;
  try {
    result = await work();
  } catch (err) {
    await tx.query('rollback to savepoint part');
    throw err;
  }
  await tx.query(result === undefined ? 'rollback to savepoint part' : 'release savepoint part');
  return result;
}
