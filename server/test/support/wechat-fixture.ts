// A local WeChat Pay gateway with a fresh merchant API key, and the credentials
// a hub merchant would hold for it.
import { randomBytes } from 'node:crypto';
import { WechatPayGateway, type GatewayBehaviour } from '@screenhub/simulator';
import type { WechatCredentials } from '../../src/payments/connectors/wechat-connector.js';

export async function startWechatGateway(behaviour: Partial<GatewayBehaviour> = {}): Promise<{ gateway: WechatPayGateway; credentials: WechatCredentials }> {
  const merchant = { appId: `wx${randomBytes(8).toString('hex')}`, mchId: '1900000109', apiKey: randomBytes(16).toString('hex') };
  const gateway = new WechatPayGateway(merchant, behaviour);
  const url = await gateway.listen();
  return { gateway, credentials: { ...merchant, gateway: url } };
}
