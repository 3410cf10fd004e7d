// `npm run conformance -- --hub http://127.0.0.1:8080 --email … --password … --device <id>`:
// a firmware team's screen, provisioned, assigned to a merchant and connected
// to a hub in conformance mode (HUB_CONFORMANCE=true), is put through the
// conformance checks (conformance-checks.ts); each is reported with what the
// suite saw. When a check needs a sale, the suite says here what to do at the
// screen. Exits 0 when every check passed, 1 otherwise.
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { HubApi } from '../hub-api.js';
import type { OtaMaterial, OtaPackage, Sale } from './conformance-context.js';
import { formatConformance, runConformance } from './conformance-run.js';

const { values } = parseArgs({
  options: {
    hub: { type: 'string', default: 'http://127.0.0.1:8080' },
    email: { type: 'string' },
    password: { type: 'string' },
    device: { type: 'string' },
    'heartbeat-interval-s': { type: 'string', default: '30' },
    'timeout-s': { type: 'string', default: '60' },
    'reconnect-window-s': { type: 'string', default: '20' },
    'ads-offline-s': { type: 'string', default: '30' },
    'auth-code': { type: 'string', default: '280000000000000188' },
    // The OTA checks: a release key registered with the hub that the screen trusts, and two packages it can install.
    'ota-key': { type: 'string' },
    'ota-key-id': { type: 'string' },
    'ota-kind': { type: 'string', default: 'app' },
    'ota-package': { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
  },
});

if (!values.email || !values.password || !values.device) {
  console.error(
    'usage: npm run conformance -- --hub <url> --email <operator> --password <password> --device <id> ' +
      '[--heartbeat-interval-s 30] [--timeout-s 60] [--reconnect-window-s 20] [--ads-offline-s 30] [--auth-code <a code the acquirer pays>] ' +
      '[--ota-key <release private key, PEM> --ota-key-id <its id on the hub> --ota-kind app|firmware --ota-package <version>=<file> --ota-package <version>=<file>] [--json]',
  );
  process.exit(2);
}

/** The OTA checks' material from the --ota-* options; undefined (checks not run) without them. */
function otaMaterial(): OtaMaterial | undefined {
  const packages = (values['ota-package'] ?? []).map((spec): OtaPackage => {
    const at = spec.indexOf('=');
    if (at < 1) throw new Error(`--ota-package ${spec}: expected <version>=<file>`);
    return { version: spec.slice(0, at), content: readFileSync(spec.slice(at + 1)) };
  });
  if (!values['ota-key'] && packages.length === 0) return undefined;
  if (!values['ota-key'] || !values['ota-key-id'] || packages.length !== 2) throw new Error('the OTA checks need --ota-key, --ota-key-id and two --ota-package');
  const kind = values['ota-kind'];
  if (kind !== 'app' && kind !== 'firmware') throw new Error('--ota-kind is app or firmware');
  return { kind, keyId: values['ota-key-id'], privateKey: createPrivateKey(readFileSync(values['ota-key'])), installable: [packages[0]!, packages[1]!] };
}

let ota: OtaMaterial | undefined;
try {
  ota = otaMaterial();
} catch (err) {
  console.error((err as Error).message);
  process.exit(2);
}
const hub = new HubApi(values.hub!);
await hub.login(values.email, values.password);
// The person at the screen takes each sale; stderr, so that --json output stays clean.
const cue = (sale: Sale) => console.error(`\n>>> At the screen: take a sale of ${(sale.amountFen / 100).toFixed(2)} yuan and scan the payment code ${sale.authCode}\n`);
const reports = await runConformance({
  hub,
  deviceId: values.device,
  heartbeatIntervalS: Number(values['heartbeat-interval-s']),
  timeoutMs: Number(values['timeout-s']) * 1000,
  reconnectWindowS: Number(values['reconnect-window-s']),
  adsOfflineS: Number(values['ads-offline-s']),
  payingAuthCode: values['auth-code']!,
  cue,
  ota,
});
console.log(values.json ? JSON.stringify(reports, null, 2) : formatConformance(reports));
process.exit(reports.every((r) => r.result === 'passed') ? 0 : 1);
