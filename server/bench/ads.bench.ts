// Ad schedule benchmark: a fleet of --devices screens (default 100,000) with
// --bookings live bookings (default 2,000) seeded into the database, then, in
// the hub process: the full compilation of every screen's next 24 hours, and
// the incremental recompilation after one booking changes (its creatives set
// again through the HTTP API: the request, the invalidation, and the compile
// round of the screens it touched), --changes times; availability answers over
// the whole fleet, a city and an area at lunch (HTTP). Then the proof-of-play
// ingest benchmark (bench:proof-of-play) runs on the same database engine.
//
//   npm run bench:ads -- --devices 100000 --bookings 2000
//   BENCH_DATABASE_URL=postgres://... npm run bench:ads
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_ADMIN, localHubEnv } from '@screenhub/simulator';
import { freshServerDatabase, saveResults } from '@screenhub/simulator/bench';
import { openDatabase } from '../src/db/open-database.js';
import { loadConfig, startHub, type Hub } from '../src/index.js';
import { seedAds } from './support/ads-seed.js';
import { seedFleet } from './support/fleet-seed.js';

const { values: args } = parseArgs({
  options: {
    devices: { type: 'string', default: '100000' },
    merchants: { type: 'string', default: '20000' },
    bookings: { type: 'string', default: '2000' },
    advertisers: { type: 'string', default: '200' },
    changes: { type: 'string', default: '7' },
    'skip-ingest': { type: 'boolean', default: false },
  },
});
const devices = Number(args.devices);
const sec = (ms: number) => Math.round(ms / 10) / 100;
/** Waits out the event-loop delay a long embedded-database query leaves behind (see @fastify/under-pressure). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 3_000));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const server = await freshServerDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'screenhub-ads-'));
  const engine = server ? 'PostgreSQL' : 'PGlite';
  console.log(`ads benchmark on ${engine}: ${devices} screens, ${args.bookings} bookings`);
  const config = loadConfig({
    ...localHubEnv(dataDir),
    HUB_LOG_LEVEL: process.env.BENCH_HUB_LOG_LEVEL ?? 'error',
    // Rounds run when the benchmark says, not on a timer.
    HUB_AD_COMPILE_MS: '3600000',
    // Without a server the fleet is seeded straight into a PGlite directory (fleet-seed.ts).
    ...(server ? { DATABASE_URL: server.url } : { HUB_EMBEDDED_DATABASE: 'pglite' }),
  });
  let hub: Hub | undefined;
  try {
    // Schema and admin, then the fleet and the market straight into the database.
    await (await startHub(config)).close();
    const seedStarted = Date.now();
    const { tenantId } = await seedFleet({ databaseUrl: server?.url, dataDir, devices, merchants: Number(args.merchants), staticGroupSize: 0 });
    const db = await openDatabase({ url: server?.url, dataDir, embedded: 'pglite', poolSize: 2 });
    const seeded = await seedAds(db, tenantId, { bookings: Number(args.bookings), advertisers: Number(args.advertisers) });
    const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from ad_booking_screens`);
    await db.close();
    console.log(`seeded in ${sec(Date.now() - seedStarted)} s: ${rows[0]!.n} screen holds`);

    hub = await startHub(config);
    const compiler = hub.app.adSchedules.compiler;
    const fullStarted = performance.now();
    const full = await compiler.round();
    const fullMs = performance.now() - fullStarted;
    const size = await hub.db.query<{ bodies: number; bytes: number }>(`select count(*)::int as bodies, coalesce(sum(length(body)), 0)::bigint as bytes from ad_schedule_bodies`);
    console.log(`full compile: ${full.screens} screens in ${sec(fullMs)} s (${Math.round(full.screens / (fullMs / 1000))} screens/s), ${full.distinct} distinct schedules, ${Math.round(size.rows[0]!.bytes / size.rows[0]!.bodies)} bytes each`);

    // The embedded database runs on the hub's own thread: let the event-loop delay
    // the full compile caused settle, or @fastify/under-pressure answers 503.
    await settle();
    // Incremental: one booking's creatives set again through the API.
    const login = await fetch(`${hub.httpUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(BENCH_ADMIN) });
    const { token } = (await login.json()) as { token: string };
    const incremental: Array<{ ms: number; screens: number }> = [];
    for (let i = 0; i < Number(args.changes); i++) {
      const bookingId = seeded.bookings[(i * 97) % seeded.bookings.length]!;
      const booking = (await (await fetch(`${hub.httpUrl}/api/ad-bookings/${bookingId}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { creativeIds: string[] };
      const started = performance.now();
      const changed = await fetch(`${hub.httpUrl}/api/ad-bookings/${bookingId}/creatives`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ creativeIds: booking.creativeIds }),
      });
      if (changed.status !== 200) throw new Error(`changing booking ${bookingId}: ${changed.status} ${await changed.text()}`);
      const stats = await compiler.round();
      incremental.push({ ms: performance.now() - started, screens: stats.screens });
    }
    const incrementalMs = incremental.map((r) => r.ms);

    // Availability, as an advertiser's booking screen asks it: whole fleet, one city, one area at lunch.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const questions = {
      fleet: { startsOn: today, endsOn: today },
      city: { startsOn: today, endsOn: today, targeting: { cities: ['杭州'] } },
      'area at lunch, 2 slots': { startsOn: today, endsOn: today, targeting: { businessAreas: ['Area 7'] }, hours: [11, 12, 13], slotsPerLoop: 2 },
    };
    const availability: Record<string, { medianMs: number; matching: number; available: number } | { refused: string }> = {};
    for (const [name, question] of Object.entries(questions)) {
      await settle();
      const times: number[] = [];
      let answer = { matchingScreens: 0, availableScreens: 0 };
      let refused: string | undefined;
      for (let i = 0; i < 5 && !refused; i++) {
        const started = performance.now();
        const response = await fetch(`${hub.httpUrl}/api/ad-availability`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(question) });
        // On the embedded database a long query holds the hub's thread, and
        // @fastify/under-pressure then refuses requests: that is a result too.
        if (response.status !== 200) refused = `${response.status} ${((await response.json()) as { code?: string }).code ?? ''}`;
        else answer = (await response.json()) as typeof answer;
        times.push(performance.now() - started);
      }
      if (refused) {
        availability[name] = { refused };
        console.log(`availability (${name}): refused with ${refused}`);
        continue;
      }
      availability[name] = { medianMs: Math.round(median(times)), matching: answer.matchingScreens, available: answer.availableScreens };
      console.log(`availability (${name}): median ${Math.round(median(times))} ms, ${answer.matchingScreens} matching, ${answer.availableScreens} with room`);
    }
    console.log(
      `incremental after one booking change: median ${Math.round(median(incrementalMs))} ms, max ${Math.round(Math.max(...incrementalMs))} ms, ${median(incremental.map((r) => r.screens))} screens recompiled (of ${devices})`,
    );
    const results = {
      engine,
      devices,
      bookings: Number(args.bookings),
      holds: rows[0]!.n,
      full: { screens: full.screens, distinct: full.distinct, seconds: sec(fullMs), bytesPerBody: Math.round(size.rows[0]!.bytes / size.rows[0]!.bodies) },
      availability,
      incremental: { medianMs: Math.round(median(incrementalMs)), maxMs: Math.round(Math.max(...incrementalMs)), runs: incremental.map((r) => ({ ms: Math.round(r.ms), screens: r.screens })) },
    };
    console.log(`results: ${await saveResults('ads', results)}`);
  } finally {
    await hub?.close();
    await server?.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
  if (!args['skip-ingest']) {
    console.log('\nproof-of-play ingest (npm run bench:proof-of-play):');
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', new URL('../../simulator/bench/proof-of-play.bench.ts', import.meta.url).pathname], { stdio: 'inherit', env: process.env });
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`proof-of-play benchmark exited ${code}`))));
    });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
