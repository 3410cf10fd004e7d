// A merchant's acquirer credentials: what a client sends for each acquirer
// (checked, then sealed with the hub's key) and, for the payment path, the
// same credentials opened again.
import { Type, type Static } from '@sinclair/typebox';
import type { SecretBox } from '../platform/secret-box.js';
import type { MerchantRow } from './merchant-sql.js';

export const AlipayCredentialsBody = Type.Object(
  {
    appId: Type.String({ pattern: '^[0-9]{8,32}$' }),
    privateKey: Type.String({ minLength: 100, description: 'the app\'s RSA private key, PEM PKCS#8' }),
    alipayPublicKey: Type.String({ minLength: 100, description: 'Alipay\'s public key, PEM' }),
    gateway: Type.Optional(Type.String({ format: 'uri', description: 'gateway.do URL (Alipay production when omitted); https, one of HUB_ALIPAY_GATEWAYS' })),
  },
  { additionalProperties: false },
);
export type AlipayCredentialsBody = Static<typeof AlipayCredentialsBody>;

export const WechatCredentialsBody = Type.Object(
  {
    appId: Type.String({ pattern: '^wx[0-9a-f]{16}$' }),
    mchId: Type.String({ pattern: '^[0-9]{8,12}$' }),
    apiKey: Type.String({ minLength: 32, maxLength: 32, description: 'the merchant\'s API key (v2)' }),
    gateway: Type.Optional(Type.String({ format: 'uri', description: 'API base URL (WeChat Pay production when omitted); https, one of HUB_WECHAT_GATEWAYS' })),
    // Stored sealed with the rest of the credentials, never returned: WeChat Pay asks for them on reverse and refund.
    apiClientCert: Type.Optional(Type.String({ minLength: 100, maxLength: 16_384, description: 'the merchant\'s API client certificate (apiclient_cert.pem), PEM; needed for reverse and refund (mutual TLS)' })),
    apiClientKey: Type.Optional(Type.String({ minLength: 100, maxLength: 16_384, description: 'its private key (apiclient_key.pem), PEM, unencrypted' })),
  },
  { additionalProperties: false },
);
export type WechatCredentialsBody = Static<typeof WechatCredentialsBody>;

export function openCredentials(secretBox: SecretBox, row: MerchantRow): AlipayCredentialsBody | WechatCredentialsBody {
  return JSON.parse(secretBox.open(row.acquirer_credentials).toString('utf8')) as AlipayCredentialsBody | WechatCredentialsBody;
}
