// The committed generated code must be exactly what protobufjs-cli makes from
// the .proto files; otherwise someone edited one without the other.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const protocolDir = fileURLToPath(new URL('..', import.meta.url));
const freshDir = mkdtempSync(join(tmpdir(), 'screenhub-codegen-'));
afterAll(() => rmSync(freshDir, { recursive: true, force: true }));

describe('generated protobuf code', () => {
  it('matches a fresh generation from proto/', () => {
    execFileSync(join(protocolDir, 'scripts/generate.sh'), [freshDir], { stdio: 'pipe' });
    for (const file of ['hub.js', 'hub.d.ts']) {
      const committed = readFileSync(join(protocolDir, 'src/generated', file), 'utf8');
      const fresh = readFileSync(join(freshDir, file), 'utf8');
      expect(committed, `src/generated/${file} is stale: run npm run generate`).toBe(fresh);
    }
  }, 60_000);
});
