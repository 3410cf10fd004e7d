// What planning the newest release costs each Hello, against a PostgreSQL
// server: the database CPU of the Hello's OTA lookups for --hellos screens in
// batches of --batch (a storm's per-turn batches), before (the open offer only)
// and now (the release plan's read of the screen's campaigns, then the open
// offer), in alternating rounds. The fleet: --devices screens, one completed
// campaign over a fifth of them and one running over a tenth, each screen of
// the running one with an open offer the plan leaves as it is (reads only).
//
//   npm run bench:ota-hello -- --devices 50000 --hellos 50000 --batch 100
//   BENCH_DATABASE_URL=postgres://… npm run bench:ota-hello
import { parseArgs } from 'node:util';
import { openOffers } from '../src/ota/campaign-sql.js';
import { planReleases } from '../src/ota/release-planner.js';
import type { ScreenFacts } from '../src/ota/newest-release.js';
import { serverCpuSeconds, withBenchDatabase } from './support/postgres-cpu.js';

const { values: args } = parseArgs({
  options: {
    devices: { type: 'string', default: '50000' },
    hellos: { type: 'string', default: '50000' },
    batch: { type: 'string', default: '100' },
    rounds: { type: 'string', default: '3' },
  },
});
const devices = Number(args.devices);
const hellos = Number(args.hellos);
const batchSize = Number(args.batch);
const deviceId = (i: number) => `H${i}`;

async function main() {
  await withBenchDatabase('ota-hello-bench', 2, async ({ db, name, label, postmasterPid }) => {
    const tenant = (await db.query<{ id: string }>(`insert into tenants (name) values ('bench') returning id`)).rows[0]!.id;
    await db.query(`insert into devices (id, tenant_id, secret_hash, app_version) select 'H' || i, $1, '\\x00', '1.0.0' from generate_series(0, $2::int - 1) i`, [tenant, devices]);
    const keyId = (await db.query<{ id: string }>(`insert into ota_signing_keys (tenant_id, name, public_key) values ($1, 'k', 'pem') returning id`, [tenant])).rows[0]!.id;
    const release = async (version: string) =>
      (await db.query<{ id: string }>(`insert into ota_releases (tenant_id, kind, version, signature, key_id, state, size_bytes, sha256) values ($1, 'app', $2, '\\x00', $3, 'ready', 1, 'x') returning id`, [tenant, version, keyId])).rows[0]!.id;
    const campaign = async (releaseId: string, state: string, from: number, count: number, rowState: string) => {
      const id = (await db.query<{ id: string }>(
        `insert into ota_campaigns (tenant_id, name, release_id, target, waves, soak_seconds, failure_threshold_pct, min_finished, health_check, install_window, offer_ttl_seconds, device_count, state, current_wave)
         values ($1, 'c', $2, '{}', '{100}', 0, 10, 10, false, 'any', 86400, $3, $4, 0) returning id`,
        [tenant, releaseId, count, state],
      )).rows[0]!.id;
      await db.query(
        `insert into ota_campaign_devices (campaign_id, tenant_id, device_id, wave, state, offered_at, expires_at)
         select $1, $2, 'H' || i, 0, $5, now(), now() + interval '1 day' from generate_series($3::int, $3::int + $4::int - 1) i`,
        [id, tenant, from, count, rowState],
      );
    };
    await campaign(await release('1.1.0'), 'completed', 0, Math.floor(devices / 5), 'succeeded');
    await campaign(await release('1.2.0'), 'running', Math.floor(devices / 2), Math.floor(devices / 10), 'offered');
    await db.query('vacuum analyze ota_campaign_devices');
    await db.query('vacuum analyze devices');
    console.log(`OTA lookups per Hello: ${devices} screens, ${hellos} Hellos a round in batches of ${batchSize}, database ${name} on ${label}`);

    const facts: ScreenFacts = { model: 'SIM-P1', hardwareRevision: 'A', app: '1.0.0', firmware: '1.0.0' };
    const paths = {
      'open offer only (before)': async (ids: string[]) => void (await openOffers(db, ids)),
      'release plan + open offer (now)': async (ids: string[]) => {
        const moves = await planReleases(db, new Map(ids.map((id) => [id, facts])));
        if (moves.offered.length + moves.superseded.length > 0) throw new Error('the bench fleet should need no moves');
        await openOffers(db, ids);
      },
    };
    const results: Record<string, number[]> = {};
    for (let round = 1; round <= Number(args.rounds); round++) {
      const order = round % 2 === 1 ? Object.keys(paths) : Object.keys(paths).reverse();
      for (const path of order) {
        const before = await serverCpuSeconds(postmasterPid);
        const started = performance.now();
        for (let i = 0; i < hellos; i += batchSize) {
          const ids = Array.from({ length: Math.min(batchSize, hellos - i) }, (_, k) => deviceId((i + k) % devices));
          await paths[path as keyof typeof paths](ids);
        }
        const wall = (performance.now() - started) / 1000;
        const cpuUs = (((await serverCpuSeconds(postmasterPid)) - before) / hellos) * 1e6;
        (results[path] ??= []).push(cpuUs);
        console.log(`  round ${round}, ${path}: database CPU ${cpuUs.toFixed(1)} µs per Hello, ${((wall / hellos) * 1e6).toFixed(1)} µs wall per Hello`);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    for (const [path, xs] of Object.entries(results)) console.log(`median, ${path}: ${median(xs).toFixed(1)} µs of database CPU per Hello`);
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
