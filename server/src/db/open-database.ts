// Chooses the database from the configuration: a PostgreSQL server when a URL
// is given; else the embedded PostgreSQL server under the data directory (the
// default), or PGlite when asked for (the test suite's per-hub databases, or a
// machine where no server process may run). Migrates it.
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from './database.js';
import { startEmbeddedPostgres } from './embedded-postgres-server.js';
import { migrate } from './migrate.js';
import { PostgresDatabase } from './postgres-database.js';

export interface DatabaseOptions {
  /** postgres://… ; unset for the embedded database. */
  url?: string;
  /** Where the embedded database lives (`<dataDir>/postgres` or `<dataDir>/pglite`). */
  dataDir: string;
  /** Which embedded database to run when no URL is given. */
  embedded?: 'postgres' | 'pglite';
  /** Seed for a new PGlite database (tests; implies PGlite); see PGliteDatabase.open. */
  pgliteSeed?: Blob;
  /** Connections to a PostgreSQL server. */
  poolSize?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  let db: Database;
  if (options.url) {
    db = new PostgresDatabase(options.url, { maxConnections: options.poolSize });
  } else if (options.embedded !== 'pglite' && !options.pgliteSeed) {
    const server = await startEmbeddedPostgres(options.dataDir);
    // The hub that started the server stops it after its own last query.
    db = new PostgresDatabase(server.url, { maxConnections: options.poolSize, afterClose: server.stop, embeddedDir: server.dir });
  } else {
    const dir = join(options.dataDir, 'pglite');
    await mkdir(dir, { recursive: true });
    const isNew = (await readdir(dir)).length === 0;
    // Imported only when used: a hub on a PostgreSQL server never loads PGlite's WASM build.
    const { PGliteDatabase } = await import('./pglite-database.js');
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
