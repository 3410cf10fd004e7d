// When a batched write fails, find the rows at fault instead of failing them
// all: write each row on its own, once. A row the database refuses for its own
// content (a data exception or a constraint, SQLSTATE classes 22 and 23) is
// quarantined: reported with its reason and never retried, so it cannot block
// the batches after it. Any other failure (the database gone, a lock timeout)
// says nothing about the row, so the row goes back to be retried.

/** True for errors caused by the row's content rather than by the database's state. */
export function isRowError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('23'));
}

export interface Isolated<T> {
  /** Rows to retry later (the database, not the row, failed). */
  retry: T[];
  /** Rows refused for their content, with the database's reason. */
  quarantined: Array<{ row: T; reason: string }>;
}

export async function writeRowByRow<T>(rows: readonly T[], writeOne: (row: T) => Promise<void>): Promise<Isolated<T>> {
  const result: Isolated<T> = { retry: [], quarantined: [] };
  for (const row of rows) {
    try {
      await writeOne(row);
    } catch (err) {
      if (isRowError(err)) result.quarantined.push({ row, reason: (err as Error).message.slice(0, 300) });
      else result.retry.push(row);
    }
  }
  return result;
}
