// The hub side of the local gateways' TLS in tests: a transport that trusts
// the test CA (as a test hub does through HUB_ACQUIRER_CA_FILE), for tests
// that drive a connector directly.
import { testTls } from '@screenhub/simulator';
import { AcquirerTransport } from '../../src/payments/connectors/acquirer-transport.js';

export function testTransport(): AcquirerTransport {
  return new AcquirerTransport({ extraCa: testTls().ca });
}
