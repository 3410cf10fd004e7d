// The local gateways' test-only TLS material (simulator/fixtures/tls/, see its
// README): the test CA a hub under test trusts, the gateways' server
// certificate, and merchant API client certificates, one from the test CA and
// one from a stranger's.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../fixtures/tls/', import.meta.url));
const read = (name: string) => readFileSync(dir + name, 'utf8');

export interface TestTls {
  /** Path of the test CA's certificate: what HUB_ACQUIRER_CA_FILE points at in tests and benchmarks. */
  caFile: string;
  ca: string;
  /** The gateways' HTTPS certificate and key (127.0.0.1, ::1, localhost). */
  server: { cert: string; key: string };
  /** A merchant's WeChat Pay API client certificate, issued by the test CA. */
  merchantClient: { cert: string; key: string };
  /** A client certificate from another CA: the WeChat gateway refuses it. */
  strangerClient: { cert: string; key: string };
}

let loaded: TestTls | undefined;

/** Read once, on first use. */
export function testTls(): TestTls {
  loaded ??= {
    caFile: dir + 'ca.pem',
    ca: read('ca.pem'),
    server: { cert: read('gateway.pem'), key: read('gateway-key.pem') },
    merchantClient: { cert: read('merchant-client.pem'), key: read('merchant-client-key.pem') },
    strangerClient: { cert: read('stranger-client.pem'), key: read('stranger-client-key.pem') },
  };
  return loaded;
}
