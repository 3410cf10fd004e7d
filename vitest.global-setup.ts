// Runs once per test run. Building an embedded PostgreSQL from scratch (initdb)
// takes seconds; every test hub instead starts from one dump made here, with
// the migrations already applied. Keyed by the migrations' content, so a new
// migration makes a new seed.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PGliteDatabase } from './server/src/db/pglite-database.js';
import { loadMigrations, migrate } from './server/src/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSeedPath: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const migrations = await loadMigrations();
  const key = createHash('sha256').update(JSON.stringify(migrations)).digest('hex').slice(0, 16);
  const seedPath = join(tmpdir(), `screenhub-pglite-seed-${key}.tar`);
  if (!existsSync(seedPath)) {
    const dir = await mkdtemp(join(tmpdir(), 'screenhub-seed-'));
    const db = await PGliteDatabase.open(join(dir, 'pglite'));
    await migrate(db);
    const dump = await db.dump();
    await db.close();
    const partial = `${seedPath}.${process.pid}`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, seedPath);
    await rm(dir, { recursive: true, force: true });
  }
  project.provide('pgliteSeedPath', seedPath);
}
