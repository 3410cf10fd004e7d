// The simulator CLI end to end on a small scenario: it starts a hub and the
// local Alipay gateway, provisions screens through the API, connects them from
// two worker processes, heartbeats and pays along the day curve, rolls out an
// OTA update in two waves, and writes a report whose ledger check agrees with
// the acquirer.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
let out: string | undefined;
afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

describe('simulator CLI', () => {
  it('runs a scenario and reports connects, heartbeats, payments and the ledger check', async () => {
    out = await mkdtemp(join(tmpdir(), 'screenhub-sim-'));
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'simulator/src/cli.ts', '--scenario', 'simulator/scenarios/smoke.json', '--out', out], {
      cwd: repoRoot,
      timeout: 150_000,
    });
    expect(stdout).toMatch(/connected 20\/20/);
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8'));
    expect(report.connect).toMatchObject({ connected: 20, failed: 0 });
    expect(report.heartbeats.failed).toBe(0);
    expect(report.payments.completed).toBeGreaterThan(3);
    expect(report.payments.ledger).toMatchObject({ chargedButNotTold: 0, toldButNotCharged: 0 });
    expect(report.payments.ledger.charged).toBe(report.payments.succeeded);
    expect(report.timeline.length).toBeGreaterThan(5);
    // The OTA campaign of the scenario went through both waves to every screen.
    expect(report.ota).toMatchObject({ state: 'completed', currentWave: 1, byState: { succeeded: 20 }, screens: { succeeded: 20 } });
    expect(await readFile(join(out, 'report.md'), 'utf8')).toMatch(/\| payments \| \d+ answered/);
    expect(await readFile(join(out, 'timeline.svg'), 'utf8')).toMatch(/^<svg[\s\S]*polyline/);
  }, 180_000);
});
