// What the schema cannot say about a merchant's acquirer credentials: the
// gateway URL must be https and on the hub's list for that acquirer, and a
// WeChat Pay API client certificate must come with its own key and be valid
// now. Each refusal names the field.
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import type { Acquirer, AcquirerGateways } from './acquirer-gateways.js';
import { invalidField } from '../platform/errors.js';

interface CheckedCredentials {
  gateway?: string;
  apiClientCert?: string;
  apiClientKey?: string;
}

export function checkCredentials(gateways: AcquirerGateways, acquirer: Acquirer, credentials: CheckedCredentials, now = new Date()): void {
  const problem = gateways.problem(acquirer, credentials.gateway);
  if (problem) throw invalidField('/credentials/gateway', problem);
  if (acquirer === 'wechat') checkClientCertificate(credentials, now);
}

function checkClientCertificate({ apiClientCert, apiClientKey }: CheckedCredentials, now: Date): void {
  if (apiClientCert === undefined && apiClientKey === undefined) return;
  if (apiClientCert === undefined) throw invalidField('/credentials/apiClientCert', 'is required with apiClientKey');
  if (apiClientKey === undefined) throw invalidField('/credentials/apiClientKey', 'is required with apiClientCert');
  let certificate: X509Certificate;
  let key: KeyObject;
  try {
    certificate = new X509Certificate(apiClientCert);
  } catch {
    throw invalidField('/credentials/apiClientCert', 'is not a PEM certificate');
  }
  try {
    key = createPrivateKey(apiClientKey);
  } catch {
    throw invalidField('/credentials/apiClientKey', 'is not an unencrypted PEM private key');
  }
  if (!certificate.checkPrivateKey(key)) throw invalidField('/credentials/apiClientKey', 'is not the key of apiClientCert');
  if (new Date(certificate.validTo) < now) throw invalidField('/credentials/apiClientCert', `expired on ${new Date(certificate.validTo).toISOString()}`);
  if (new Date(certificate.validFrom) > now) throw invalidField('/credentials/apiClientCert', `is not valid before ${new Date(certificate.validFrom).toISOString()}`);
}
