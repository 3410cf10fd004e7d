// Alipay OpenAPI (gateway.do) signatures, from the acquirer's side: verify an
// app's RSA2 request signature over the sorted parameters, sign a response over
// the exact JSON text of its `<method>_response` value.
import { createSign, createVerify, type KeyObject } from 'node:crypto';

/** `k1=v1&k2=v2…` over every parameter but `sign`, sorted by key, values raw (not URL-encoded). */
export function requestSigningString(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((key) => key !== 'sign' && params[key] !== undefined && params[key] !== '')
    .sort()
    .map((key) => `${key}=${params[key]}`)
    .join('&');
}

export function verifyRequest(params: Record<string, string>, appPublicKey: string | KeyObject): boolean {
  if (!params.sign) return false;
  return createVerify('RSA-SHA256').update(requestSigningString(params), 'utf8').verify(appPublicKey, params.sign, 'base64');
}

/** The response body: `{"<key>":<json>,"sign":"…"}` signed over `<json>` exactly as sent. */
export function signedResponse(responseKey: string, content: object, alipayPrivateKey: string | KeyObject): string {
  const json = JSON.stringify(content);
  const sign = createSign('RSA-SHA256').update(json, 'utf8').sign(alipayPrivateKey, 'base64');
  return `{"${responseKey}":${json},"sign":"${sign}"}`;
}
