// Versioned migrations: numbered SQL files in ./migrations, applied in order at
// start, each in its own transaction, recorded in schema_migrations. An
// advisory lock makes hub processes starting together apply them once.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { lockForTransaction } from './advisory-lock-sql.js';
import type { Database } from './database.js';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export async function loadMigrations(): Promise<Migration[]> {
  const files = (await readdir(migrationsDir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => ({
      version: Number(file.slice(0, 4)),
      name: file.slice(5, -4),
      sql: await readFile(migrationsDir + file, 'utf8'),
    })),
  );
}

/** Applies the migrations not yet applied; returns the versions it applied. */
export async function migrate(db: Database): Promise<number[]> {
  // Under the lock too: two processes creating it at once on a fresh database race inside PostgreSQL's catalog
  // ("duplicate key … pg_type_typname_nsp_index"), "if not exists" notwithstanding.
  await db.transaction(async (tx) => {
    await lockForTransaction(tx, 'migrations');
    await tx.query(`create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
  });
  const applied: number[] = [];
  for (const migration of await loadMigrations()) {
    const done = await db.transaction(async (tx) => {
      await lockForTransaction(tx, 'migrations');
      const { rowCount } = await tx.query('select 1 from schema_migrations where version = $1', [migration.version]);
      if (rowCount > 0) return false;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}

/**
 * Splits a migration into statements at semicolons that end a line. Our
 * migrations keep to that rule (no semicolons inside function bodies), so a
 * transaction can run them one by one on both drivers.
 */
function splitStatements(sql: string): string[] {
  return sql
    .replace(/^\s*--.*$/gm, '')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}
