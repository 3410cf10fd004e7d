// Which processes are the hub, the acquirer gateway, the database and the load
// generator, found afresh at each sample (hub workers and database backends
// come and go): the payments benchmark charges each group's CPU to it.
import pg from 'pg';
import { childrenOf, parentOf, snapshot, timesBetween, type TimesSnapshot } from './process-cpu.js';

export type GroupName = 'hub' | 'gateway' | 'database' | 'screens';
export type ProcessGroups = Record<GroupName, () => Promise<number[]>>;

export interface GroupSources {
  /** The hub's own process and its workers. */
  hubPids: () => number[];
  /** The hub's database server (PostgreSQL); undefined when the database runs inside the hub (PGlite). */
  databaseUrl: string | undefined;
  /** Load-generator processes besides this one (none unless screens are split over children). */
  screenPids?: () => number[];
}

export async function processGroups(sources: GroupSources): Promise<ProcessGroups> {
  const database = sources.databaseUrl ? await databaseServer(sources.databaseUrl) : undefined;
  return {
    hub: async () => sources.hubPids(),
    // startGatewayProcess keeps its child to itself; it is this process's child running gateway-main.
    gateway: async () => (await childrenOf(process.pid)).filter((c) => c.command.includes('gateway-main')).map((c) => c.pid),
    database: async () => (database ? database.pids() : []),
    screens: async () => [process.pid, ...(sources.screenPids?.() ?? [])],
  };
}

/**
 * The PostgreSQL server behind `url`, when it runs on this machine: its postmaster (the parent of the backend that
 * answers us) and its children, less the client backends of other databases (a shared server runs other work too).
 * Its background processes (WAL writer, checkpointer, ...) serve every database and are counted whole.
 */
async function databaseServer(url: string): Promise<{ pids(): Promise<number[]> } | undefined> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let database: string;
  let postmaster: number | undefined;
  try {
    const { rows } = await client.query<{ pid: number; database: string }>('select pg_backend_pid() as pid, current_database() as database');
    database = rows[0]!.database;
    // Asked while our backend lives: it leaves with the connection.
    postmaster = await parentOf(rows[0]!.pid);
  } finally {
    await client.end();
  }
  if (!postmaster) return undefined; // not on this machine, or not visible from here
  return {
    async pids() {
      const children = await childrenOf(postmaster);
      // A client backend's title: "postgres: <user> <database> <host>(<port>) <state>".
      const ours = children.filter((c) => {
        const client = /^postgres: \S+ (\S+) \S+\(\d+\)/.exec(c.command);
        return !client || client[1] === database;
      });
      return [postmaster, ...ours.map((c) => c.pid)];
    },
  };
}

/** Each group's processes' times now. */
export async function sampleGroups(groups: ProcessGroups): Promise<Record<GroupName, TimesSnapshot>> {
  const names = Object.keys(groups) as GroupName[];
  const samples = await Promise.all(names.map(async (name) => snapshot(await groups[name]())));
  return Object.fromEntries(names.map((name, i) => [name, samples[i]!])) as Record<GroupName, TimesSnapshot>;
}

/** What each group spent between two samples. */
export function groupTimesBetween(before: Record<GroupName, TimesSnapshot>, after: Record<GroupName, TimesSnapshot>): Record<GroupName, ReturnType<typeof timesBetween>> {
  const names = Object.keys(after) as GroupName[];
  return Object.fromEntries(names.map((name) => [name, timesBetween(before[name], after[name])])) as Record<GroupName, ReturnType<typeof timesBetween>>;
}
