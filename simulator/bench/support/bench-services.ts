// Services the benchmarks start for themselves: a fresh database on the
// PostgreSQL server BENCH_DATABASE_URL names, and a throwaway redis-server
// (Debian's package) on a free loopback port for several hub processes.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import pg from 'pg';

/** A fresh database on the server BENCH_DATABASE_URL points at, dropped at the end. */
export async function freshServerDatabase(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl) return undefined;
  const name = `screenhub_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** A throwaway redis-server (Debian's package) on a free loopback port, for several hub processes. */
export async function startRedis(): Promise<{ url: string; stop(): void }> {
  const probe = net.createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as net.AddressInfo;
  probe.close();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await waitUntil(
    () => new Promise<boolean>((resolve) => net.connect(port, '127.0.0.1', function (this: net.Socket) { this.end(); resolve(true); }).on('error', () => resolve(false))),
    10_000,
  );
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill() };
}

export async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
