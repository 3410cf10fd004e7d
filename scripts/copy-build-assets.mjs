// The files the compiled hub reads beside its code, which tsc does not emit:
// protocol's generated protobufjs module (JavaScript with its declarations) and
// the server's SQL migrations. Run by `npm run build:hub` before `tsc -b`, which
// needs the generated declarations where the protocol's own build points.
// Plain JavaScript so that the build needs nothing beyond Node and tsc.
import { cp } from 'node:fs/promises';

const root = new URL('../', import.meta.url);
const copies = [
  ['protocol/src/generated/', 'protocol/dist/generated/'],
  ['server/src/db/migrations/', 'server/dist/db/migrations/'],
];
for (const [from, to] of copies) await cp(new URL(from, root), new URL(to, root), { recursive: true });
