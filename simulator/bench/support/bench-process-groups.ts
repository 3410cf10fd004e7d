// Which processes are the hub, the acquirer gateway, the database and the load
// generator, found afresh at each sample (hub workers and database backends
// come and go): the payments benchmark charges each group's CPU to it.
import pg from 'pg';
import { childrenOf, commandLine, parentOf, snapshot, timesBetween, type TimesSnapshot } from './process-cpu.js';

export const GROUP_NAMES = ['hub', 'gateway', 'database', 'screens'] as const;
export type GroupName = (typeof GROUP_NAMES)[number];

export interface GroupSources {
  /** The hub's own process and its workers. */
  hubPids: () => number[];
  /** The hub's database server (PostgreSQL); undefined when the database runs inside the hub (PGlite). */
  databaseUrl: string | undefined;
}

export class BenchProcesses {
  private constructor(
    private readonly sources: GroupSources,
    /** Undefined when there is no server or it is not on this machine. */
    readonly database: DatabaseServer | undefined,
  ) {}

  static async find(sources: GroupSources): Promise<BenchProcesses> {
    return new BenchProcesses(sources, sources.databaseUrl ? await DatabaseServer.open(sources.databaseUrl) : undefined);
  }

  async pids(group: GroupName): Promise<number[]> {
    if (group === 'hub') return this.sources.hubPids();
    // startGatewayProcess keeps its child to itself; it is this process's child running gateway-main.
    if (group === 'gateway') return (await childrenOf(process.pid)).filter((c) => c.command.includes('gateway-main')).map((c) => c.pid);
    if (group === 'database') return this.database ? this.database.pids() : [];
    return [process.pid];
  }

  /** Every process of the group, for pinning: for the database, the whole server (postmaster and all its children). */
  async allPids(group: GroupName): Promise<number[]> {
    if (group === 'database' && this.database) return this.database.serverPids();
    return this.pids(group);
  }

  /** Each group's processes' times now. */
  async sample(): Promise<Record<GroupName, TimesSnapshot>> {
    const samples = await Promise.all(GROUP_NAMES.map(async (group) => snapshot(await this.pids(group))));
    return Object.fromEntries(GROUP_NAMES.map((group, i) => [group, samples[i]!])) as Record<GroupName, TimesSnapshot>;
  }

  async close(): Promise<void> {
    await this.database?.close();
  }
}

/**
 * The PostgreSQL server behind a URL, when it runs on this machine: its postmaster (the parent of the backend that
 * answers us) and, as pg_stat_activity lists them at each sample, the processes of the hub's database (client
 * backends, autovacuum and parallel workers) and those of none (WAL writer, checkpointer, ...: they serve every
 * database and are counted whole). A shared server's other databases are left out.
 */
class DatabaseServer {
  private constructor(
    private readonly client: pg.Client,
    private readonly postmaster: number,
  ) {}

  static async open(url: string): Promise<DatabaseServer | undefined> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const backend = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
    // A server elsewhere (another machine, another pid namespace) has pids that mean nothing here.
    const postmaster = (await commandLine(backend)).startsWith('postgres') ? await parentOf(backend) : undefined;
    if (postmaster) return new DatabaseServer(client, postmaster);
    await client.end();
    return undefined;
  }

  async pids(): Promise<number[]> {
    const { rows } = await this.client.query<{ pid: number }>(
      'select pid from pg_stat_activity where (datname = current_database() or datname is null) and pid <> pg_backend_pid()',
    );
    return [this.postmaster, ...rows.map((r) => r.pid)];
  }

  /** The postmaster and every process it started (backends of every database, WAL writer, checkpointer, ...). */
  async serverPids(): Promise<number[]> {
    return [this.postmaster, ...(await childrenOf(this.postmaster)).map((c) => c.pid)];
  }

  close(): Promise<void> {
    return this.client.end();
  }
}

/** What each group spent between two samples. */
export function groupTimesBetween(before: Record<GroupName, TimesSnapshot>, after: Record<GroupName, TimesSnapshot>): Record<GroupName, ReturnType<typeof timesBetween>> {
  return Object.fromEntries(GROUP_NAMES.map((group) => [group, timesBetween(before[group], after[group])])) as Record<GroupName, ReturnType<typeof timesBetween>>;
}
