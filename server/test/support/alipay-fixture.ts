// A local Alipay gateway with fresh RSA keys and one registered app, plus the
// credentials a merchant of the hub would hold for that app and the hub
// environment that allows its URL.
import { generateKeyPairSync } from 'node:crypto';
import { AlipayGateway, newAlipayAppId, testTls, type GatewayBehaviour } from '@screenhub/simulator';
import type { AlipayCredentials } from '../../src/payments/connectors/alipay-connector.js';

export function rsaKeyPair(): { publicKey: string; privateKey: string } {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

export async function startAlipayGateway(
  behaviour: Partial<GatewayBehaviour> = {},
): Promise<{ gateway: AlipayGateway; credentials: AlipayCredentials; alipayKeys: { publicKey: string; privateKey: string }; hubEnv: Record<string, string> }> {
  const alipayKeys = rsaKeyPair();
  const appKeys = rsaKeyPair();
  const gateway = new AlipayGateway(alipayKeys.privateKey, behaviour);
  const appId = newAlipayAppId();
  gateway.registerApp({ appId, appPublicKey: appKeys.publicKey });
  const url = await gateway.listen();
  return { gateway, alipayKeys, credentials: { appId, privateKey: appKeys.privateKey, alipayPublicKey: alipayKeys.publicKey, gateway: url }, hubEnv: { HUB_ACQUIRER_CA_FILE: testTls().caFile, HUB_ALIPAY_GATEWAYS: url } };
}
