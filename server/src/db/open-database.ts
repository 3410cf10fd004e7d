// Chooses the database from the configuration: a PostgreSQL server when a URL
// is given, else the embedded PGlite under the data directory. Migrates it.
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { PGliteDatabase } from './pglite-database.js';
import { PostgresDatabase } from './postgres-database.js';

export interface DatabaseOptions {
  /** postgres://… ; unset for the embedded database. */
  url?: string;
  /** Where the embedded database lives (`<dataDir>/pglite`). */
  dataDir: string;
  /** Seed for a new embedded database (tests); see PGliteDatabase.open. */
  pgliteSeed?: Blob;
  /** Connections to a PostgreSQL server. */
  poolSize?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  let db: Database;
  if (options.url) {
    db = new PostgresDatabase(options.url, { maxConnections: options.poolSize });
  } else {
    const dir = join(options.dataDir, 'pglite');
    await mkdir(dir, { recursive: true });
    const isNew = (await readdir(dir)).length === 0;
    db = await PGliteDatabase.open(dir, isNew ? options.pgliteSeed : undefined);
  }
  try {
    await migrate(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}
