import { PGlite } from '@electric-sql/pglite';
let t0 = Date.now();
let db = new PGlite(); await db.waitReady; console.log('memory ready ms', Date.now() - t0);
t0 = Date.now(); const dump = await db.dumpDataDir('none'); console.log('dump ms', Date.now() - t0, dump.size);
t0 = Date.now(); const db2 = new PGlite({ loadDataDir: dump }); await db2.waitReady; console.log('load from dump ms', Date.now() - t0);
t0 = Date.now(); const db3 = new PGlite('/tmp/pgl-x', { loadDataDir: dump }); await db3.waitReady; console.log('load to dir ms', Date.now() - t0);
await db3.close();
t0 = Date.now(); const db4 = new PGlite('/tmp/pgl-x'); await db4.waitReady; console.log('reopen dir ms', Date.now() - t0);
t0 = Date.now(); for (let i=0;i<1000;i++) await db4.query('select $1::int', [i]); console.log('1000 queries ms', Date.now() - t0);
