// The database a benchmark runs on: a fresh one on the PostgreSQL server
// BENCH_DATABASE_URL names (undefined without it: the hub's embedded default then,
// or PGlite for the benchmarks that seed a data directory directly).
import { createServerDatabase, type ServerDatabase } from '../../src/local-services.js';

export { startRedisServer as startRedis, waitUntil } from '../../src/local-services.js';

export async function freshServerDatabase(): Promise<ServerDatabase | undefined> {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  return serverUrl ? createServerDatabase(serverUrl, 'screenhub_bench') : undefined;
}
