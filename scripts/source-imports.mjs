// What the layout checks read: the source files under a folder and the module
// specifiers each imports or re-exports (static, dynamic and type-only: all are
// dependencies a reader follows).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIPPED = new Set(['node_modules', 'dist']);

/** Every source file under `dir` whose name ends with one of `extensions`. */
export function sourceFiles(dir, extensions = ['.ts']) {
  return readdirSync(dir).flatMap((name) => {
    if (SKIPPED.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path, extensions);
    return extensions.some((ext) => name.endsWith(ext)) ? [path] : [];
  });
}

/** The specifiers a file imports from. */
export function importedSpecifiers(file) {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)'([^']+)'/gm)].map((match) => match[1]);
}
