// The layout check that `npm test` runs first (scripts/check-domain-imports.mjs),
// run on a small tree with the mistakes it exists to catch planted in it.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const script = new URL('../../../scripts/check-domain-imports.mjs', import.meta.url).pathname;
const run = promisify(execFile);
let tree: string | undefined;

/** Writes `files` (path → text) into a fresh src folder and runs the check on it. */
async function check(files: Record<string, string>): Promise<{ code: number; output: string }> {
  tree = await mkdtemp(join(tmpdir(), 'screenhub-layout-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(tree, path)), { recursive: true });
    await writeFile(join(tree, path), text);
  }
  try {
    const { stdout } = await run(process.execPath, [script, tree]);
    return { code: 0, output: stdout };
  } catch (err) {
    const failed = err as { code: number; stderr: string };
    return { code: failed.code, output: failed.stderr };
  }
}

afterEach(async () => {
  if (tree) await rm(tree, { recursive: true, force: true });
});

const sound = {
  'platform/errors.ts': 'export class E {}\n',
  'groups/index.ts': "export { findGroup } from './group-sql.js';\n",
  'groups/group-sql.ts': "import { E } from '../platform/errors.js';\nexport const findGroup = () => E;\n",
  'commands/index.ts': "import { findGroup } from '../groups/index.js';\nexport default findGroup;\n",
  'app.ts': "import './groups/group-sql.js';\n", // the wiring at the root may use anything
};

describe('check-domain-imports', () => {
  it('passes a tree where domains meet only at their index.ts', async () => {
    const { code, output } = await check(sound);
    expect(code).toBe(0);
    expect(output).toContain('2 domains');
  });

  it("fails on an import of another domain's SQL file, naming the file and the import", async () => {
    const { code, output } = await check({ ...sound, 'commands/command-service.ts': "import { findGroup } from '../groups/group-sql.js';\nexport { findGroup };\n" });
    expect(code).toBe(1);
    expect(output).toMatch(/commands\/command-service\.ts imports '\.\.\/groups\/group-sql\.js': another domain's internal file/);
  });

  it('fails on a folder loop, even through index files and type-only imports', async () => {
    const { code, output } = await check({ ...sound, 'groups/group-rules.ts': "import type Commands from '../commands/index.js';\nexport type R = typeof Commands;\n" });
    expect(code).toBe(1);
    expect(output).toContain('folder loop: commands → groups → commands');
  });

  it('fails when a shared layer depends on a domain', async () => {
    const { code, output } = await check({ ...sound, 'platform/helper.ts': "export { findGroup } from '../groups/index.js';\n" });
    expect(code).toBe(1);
    expect(output).toContain('platform/ is a shared layer and may not depend on the groups domain');
  });
});

describe('check-workspace-imports', () => {
  const workspaceScript = new URL('../../../scripts/check-workspace-imports.mjs', import.meta.url).pathname;

  /** Writes `files` under a fresh repository root and runs the check on its simulator/. */
  async function checkSimulator(files: Record<string, string>): Promise<{ code: number; output: string }> {
    tree = await mkdtemp(join(tmpdir(), 'screenhub-workspaces-'));
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(tree, path)), { recursive: true });
      await writeFile(join(tree, path), text);
    }
    try {
      const { stdout } = await run(process.execPath, [workspaceScript, join(tree, 'simulator')]);
      return { code: 0, output: stdout };
    } catch (err) {
      const failed = err as { code: number; stderr: string };
      return { code: failed.code, output: failed.stderr };
    }
  }

  const simulator = { 'simulator/src/screen.ts': "import { Uplink } from '@screenhub/protocol';\nexport { Uplink };\n", 'server/src/db/database.ts': 'export const db = 1;\n' };

  it('passes a simulator that uses only the protocol', async () => {
    expect((await checkSimulator(simulator)).code).toBe(0);
  });

  it("fails on a benchmark that reaches into the hub's source or package", async () => {
    const { code, output } = await checkSimulator({
      ...simulator,
      'simulator/bench/seed.ts': "import { db } from '../../server/src/db/database.js';\nimport type { Hub } from '@screenhub/server';\nexport { db };\nexport type { Hub };\n",
    });
    expect(code).toBe(1);
    expect(output).toContain("simulator/bench/seed.ts imports '../../server/src/db/database.js': a path into another workspace");
    expect(output).toContain("imports '@screenhub/server': the simulator uses nothing of the hub but @screenhub/protocol");
  });
});
