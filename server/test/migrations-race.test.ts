// Hub processes starting together on a fresh PostgreSQL database (a cluster's
// workers, a deployment's replicas) each run the migrations: they must apply
// them once and all start. Without the lock around the bookkeeping table,
// PostgreSQL's catalog raced ("duplicate key … pg_type_typname_nsp_index").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open-database.js';
import type { Database } from '../src/db/database.js';
import { createServerDatabase } from './support/test-hub.js';

const serverUrl = process.env.TEST_DATABASE_URL;
let database: { url: string; drop(): Promise<void> } | undefined;
const handles: Database[] = [];

describe.skipIf(!serverUrl)('migrations on a fresh PostgreSQL database', () => {
  beforeAll(async () => {
    database = await createServerDatabase(serverUrl!);
  });
  afterAll(async () => {
    for (const db of handles) await db.close();
    await database?.drop();
  });

  it('are applied once when four processes open it at the same moment', async () => {
    // Opening a database migrates it (open-database.ts): four at once, as a cluster's workers do.
    handles.push(...(await Promise.all([0, 1, 2, 3].map(() => openDatabase({ url: database!.url, dataDir: '/tmp', poolSize: 2 })))));
    const { rows } = await handles[0]!.query<{ version: number }>('select version from schema_migrations order by version');
    expect(rows.map((r) => r.version)).toEqual((await loadMigrations()).map((m) => m.version));
    // Nothing left to apply for any of them.
    for (const db of handles) expect(await migrate(db)).toEqual([]);
  });
});
