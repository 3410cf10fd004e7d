// A benchmark database kept between runs, for a seed too large to write every
// time (the insights' year is minutes of writing): a database of a fixed name
// on BENCH_DATABASE_URL's server, or on the hub's embedded server in a data
// directory that outlives the run. The benchmark decides whether what is there
// fits (`fits`) or is dropped and made again.
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres-server.js';
import { postmasterOf } from './postgres-cpu.js';

export interface KeptBenchDatabase {
  /** postgres://… of the kept database itself. */
  url: string;
  name: string;
  /** Where it runs: the embedded server's directory, or BENCH_DATABASE_URL. */
  label: string;
  /** The server's `select version()`, and its settings that move the figures. */
  server: string;
  postmasterPid: number;
  /** True when the database was (re)made empty by this run. */
  fresh: boolean;
}

export interface KeptBenchOptions {
  /** The database's name on the server. */
  name: string;
  /** The embedded server's data directory, kept after the run (unused with BENCH_DATABASE_URL). */
  embeddedDir: string;
  /**
   * Whether an existing database may be used as it is, asked with a connection to it (the benchmark reads its own
   * record of what it seeded). False, or `reseed`, drops it and makes it again, empty.
   */
  fits: (client: pg.Client) => Promise<boolean>;
  reseed: boolean;
}

export async function withKeptBenchDatabase(options: KeptBenchOptions, work: (bench: KeptBenchDatabase) => Promise<void>): Promise<void> {
  const externalUrl = process.env.BENCH_DATABASE_URL;
  const embedded = externalUrl ? undefined : await startEmbeddedPostgres(options.embeddedDir);
  try {
    const serverUrl = externalUrl ?? embedded!.url;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      const url = new URL(serverUrl);
      url.pathname = `/${options.name}`;
      const exists = (await admin.query('select 1 from pg_database where datname = $1', [options.name])).rowCount! > 0;
      let fresh = !exists || options.reseed;
      if (!fresh) fresh = !(await askDatabase(url.toString(), options.fits));
      if (fresh) {
        if (exists) await admin.query(`drop database ${options.name} with (force)`);
        await admin.query(`create database ${options.name}`);
      }
      const settings = await admin.query<{ name: string; value: string }>(
        `select name, current_setting(name) as value from pg_settings
         where name in ('shared_buffers', 'fsync', 'work_mem', 'max_parallel_workers_per_gather', 'jit') order by name`,
      );
      const version = (await admin.query<{ v: string }>('select version() as v')).rows[0]!.v;
      const server = `${version.split(' on ')[0]} (${settings.rows.map((s) => `${s.name} ${s.value}`).join(', ')})`;
      await work({
        url: url.toString(),
        name: options.name,
        label: embedded ? `the embedded server in ${embedded.dir}` : 'BENCH_DATABASE_URL',
        server,
        postmasterPid: await postmasterOf(admin),
        fresh,
      });
    } finally {
      await admin.end();
    }
  } finally {
    await embedded?.stop();
  }
}

async function askDatabase(url: string, fits: (client: pg.Client) => Promise<boolean>): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fits(client);
  } finally {
    await client.end();
  }
}
