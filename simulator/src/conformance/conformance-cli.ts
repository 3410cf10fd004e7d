// `npm run conformance -- --hub http://127.0.0.1:8080 --email … --password … --device <id>`:
// a firmware team's screen, provisioned and connected to the hub, is put
// through the conformance checks (conformance-checks.ts); each is reported
// with what the suite saw. Exits 0 when every check passed, 1 otherwise.
import { parseArgs } from 'node:util';
import { HubApi } from '../hub-api.js';
import { formatConformance, runConformance } from './conformance-run.js';

const { values } = parseArgs({
  options: {
    hub: { type: 'string', default: 'http://127.0.0.1:8080' },
    email: { type: 'string' },
    password: { type: 'string' },
    device: { type: 'string' },
    'heartbeat-interval-s': { type: 'string', default: '30' },
    'timeout-s': { type: 'string', default: '30' },
    json: { type: 'boolean', default: false },
  },
});

if (!values.email || !values.password || !values.device) {
  console.error('usage: npm run conformance -- --hub <url> --email <operator> --password <password> --device <id> [--heartbeat-interval-s 30] [--timeout-s 30] [--json]');
  process.exit(2);
}

const hub = new HubApi(values.hub!);
await hub.login(values.email, values.password);
const reports = await runConformance({ hub, deviceId: values.device, heartbeatIntervalS: Number(values['heartbeat-interval-s']), timeoutMs: Number(values['timeout-s']) * 1000 });
console.log(values.json ? JSON.stringify(reports, null, 2) : formatConformance(reports));
process.exit(reports.every((r) => r.result === 'passed') ? 0 : 1);
