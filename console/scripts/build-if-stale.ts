// Builds the console unless console/dist is newer than every source file: run
// by `npm start` and by the end-to-end test, so neither serves a stale console
// and neither pays for a build when nothing changed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const consoleDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const distIndex = join(consoleDir, 'dist', 'index.html');
const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

export function consoleIsStale(): boolean {
  if (!existsSync(distIndex)) return true;
  const built = statSync(distIndex).mtimeMs;
  return sources.some((source) => existsSync(join(consoleDir, source)) && newestMtime(join(consoleDir, source)) > built);
}

/** Builds with Vite when stale; throws with Vite's output if the build fails. */
export function buildConsoleIfStale(log: (line: string) => void = console.log): boolean {
  if (!consoleIsStale()) return false;
  log('console: building (console/dist is missing or older than its sources)…');
  // npm puts the workspace root's node_modules/.bin (where vite is hoisted) on the PATH.
  const result = spawnSync('npm', ['run', 'build', '--silent', '--', '--logLevel', 'warn'], { cwd: consoleDir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`console build failed:\n${result.stdout}\n${result.stderr}`);
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) buildConsoleIfStale();
