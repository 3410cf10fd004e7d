// The workspaces' direction, checked on every `npm test` with the domains'
// shape: the simulator (screens, gateways, load generators, the benchmarks'
// kit) uses nothing of the hub but the protocol, so that it talks to the hub
// only as screens and clients do. Benchmarks that seed the hub's own database
// live with the hub, in server/bench.
//
//   node scripts/check-workspace-imports.mjs [simulator]
//
// Exits 1 naming each import of @screenhub/broker or @screenhub/server, or of
// a path into broker/ or server/.
import { dirname, join, relative, resolve, sep } from 'node:path';
import { importedSpecifiers, sourceFiles } from './source-imports.mjs';

const workspace = resolve(process.argv[2] ?? 'simulator');
const root = dirname(workspace);
const FORBIDDEN_PACKAGES = ['@screenhub/broker', '@screenhub/server'];
const FORBIDDEN_FOLDERS = ['broker', 'server'].map((name) => join(root, name) + sep);

const problems = [];
for (const file of sourceFiles(workspace, ['.ts', '.mts', '.mjs', '.js'])) {
  for (const specifier of importedSpecifiers(file)) {
    const where = `${relative(process.cwd(), file)} imports '${specifier}'`;
    if (FORBIDDEN_PACKAGES.some((name) => specifier === name || specifier.startsWith(name + '/'))) problems.push(`${where}: the simulator uses nothing of the hub but @screenhub/protocol`);
    else if (specifier.startsWith('.') && FORBIDDEN_FOLDERS.some((folder) => resolve(dirname(file), specifier).startsWith(folder))) problems.push(`${where}: a path into another workspace`);
  }
}
if (problems.length > 0) {
  console.error(`check-workspace-imports: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-workspace-imports: ${relative(process.cwd(), workspace) || '.'} uses nothing of the hub but the protocol`);
