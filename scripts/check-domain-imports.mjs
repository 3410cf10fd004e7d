// The shape of the server (README → Layout), checked on every `npm test`:
// a domain (a folder of server/src) uses another domain only through that
// domain's index.ts, and no two domains depend on each other, directly or
// round a longer loop. platform/ and db/ are shared layers any domain may use;
// they use no domain themselves.
//
//   node scripts/check-domain-imports.mjs [server/src]
//
// Exits 1 naming each offending import and each loop.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { importedSpecifiers, sourceFiles } from './source-imports.mjs';

const SHARED_LAYERS = new Set(['platform', 'db']);
const root = resolve(process.argv[2] ?? 'server/src');

/** The top folder of server/src a path lies in ('' for the files at its root: app.ts, server.ts, config.ts). */
const folderOf = (path) => {
  const parts = relative(root, path).split(sep);
  return parts.length > 1 ? parts[0] : '';
};

const problems = [];
/** Domain → the domains it imports. */
const edges = new Map();
for (const file of sourceFiles(root)) {
  const from = folderOf(file);
  if (from === '') continue; // the wiring at the root may use anything
  for (const specifier of importedSpecifiers(file).filter((s) => s.startsWith('.'))) {
    const target = resolve(dirname(file), specifier);
    if (!target.startsWith(root + sep)) continue;
    const to = folderOf(target);
    if (to === from || to === '') continue;
    const where = `${relative(process.cwd(), file)} imports '${specifier}'`;
    if (SHARED_LAYERS.has(from) && !SHARED_LAYERS.has(to)) {
      problems.push(`${where}: ${from}/ is a shared layer and may not depend on the ${to} domain`);
      continue;
    }
    if (SHARED_LAYERS.has(to)) continue;
    const entry = relative(join(root, to), target).replace(/\.js$/, '');
    if (entry !== 'index') problems.push(`${where}: another domain's internal file; import what ${to}/index.ts exports`);
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from).add(to);
  }
}

// Folder loops: a depth-first search that reports each cycle once, from its smallest name.
const reported = new Set();
function visit(domain, path) {
  for (const next of edges.get(domain) ?? []) {
    const at = path.indexOf(next);
    if (at >= 0) {
      const loop = path.slice(at);
      const start = loop.indexOf([...loop].sort()[0]);
      const key = [...loop.slice(start), ...loop.slice(0, start)].join(' → ');
      if (!reported.has(key)) {
        reported.add(key);
        problems.push(`folder loop: ${key} → ${loop[start]}`);
      }
    } else visit(next, [...path, next]);
  }
}
for (const domain of edges.keys()) visit(domain, [domain]);

if (problems.length > 0) {
  console.error(`check-domain-imports: ${problems.length} problem(s) in ${relative(process.cwd(), root) || '.'}\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const domains = readdirSync(root).filter((name) => !SHARED_LAYERS.has(name) && statSync(join(root, name)).isDirectory());
console.log(`check-domain-imports: ${domains.length} domains, each used by the others only through its index.ts, no loops`);
