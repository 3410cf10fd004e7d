// A local WeChat Pay gateway with a fresh merchant API key, and the credentials
// a hub merchant would hold for it: by default with the merchant's API client
// certificate (issued by the test CA), or a stranger's, or none.
import { randomBytes } from 'node:crypto';
import { testTls, WechatPayGateway, type GatewayBehaviour } from '@screenhub/simulator';
import type { WechatCredentials } from '../../src/payments/connectors/wechat-connector.js';

export type ClientCertificateChoice = 'merchant' | 'stranger' | 'none';

export async function startWechatGateway(
  behaviour: Partial<GatewayBehaviour> = {},
  options: { clientCertificate?: ClientCertificateChoice } = {},
): Promise<{ gateway: WechatPayGateway; credentials: WechatCredentials; hubEnv: Record<string, string> }> {
  const merchant = { appId: `wx${randomBytes(8).toString('hex')}`, mchId: '1900000109', apiKey: randomBytes(16).toString('hex') };
  const gateway = new WechatPayGateway(merchant, behaviour);
  const url = await gateway.listen();
  return { gateway, credentials: { ...merchant, gateway: url, ...clientCertificate(options.clientCertificate ?? 'merchant') }, hubEnv: { HUB_ACQUIRER_CA_FILE: testTls().caFile, HUB_WECHAT_GATEWAYS: url } };
}

export function clientCertificate(choice: ClientCertificateChoice): Pick<WechatCredentials, 'apiClientCert' | 'apiClientKey'> {
  if (choice === 'none') return {};
  const { cert, key } = choice === 'merchant' ? testTls().merchantClient : testTls().strangerClient;
  return { apiClientCert: cert, apiClientKey: key };
}
