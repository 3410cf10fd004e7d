// Which gateway URLs a merchant may point the hub at: https only, and only the
// base URLs configured for its acquirer (HUB_ALIPAY_GATEWAYS,
// HUB_WECHAT_GATEWAYS). Without the list, a merchant's credentials could send
// the hub's signed requests (and WeChat's client certificate) to an internal
// address, or to file://, gopher:// or ftp://. URLs are compared whole, after
// normalising, never by prefix (https://api.mch.weixin.qq.com.example.net).
export type Acquirer = 'alipay' | 'wechat';

/** The acquirers' production gateways, and their sandboxes. */
export const DEFAULT_GATEWAYS: Readonly<Record<Acquirer, readonly string[]>> = {
  alipay: ['https://openapi.alipay.com/gateway.do', 'https://openapi-sandbox.dl.alipaydev.com/gateway.do'],
  // api2 is WeChat Pay's standby domain for the same API.
  wechat: ['https://api.mch.weixin.qq.com', 'https://api2.mch.weixin.qq.com'],
};

/** The URL in the one form lists are compared in, or a sentence saying why it cannot be a gateway. */
export function normalizeGatewayUrl(text: string): { url: string } | { problem: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { problem: 'is not a URL' };
  }
  if (url.protocol !== 'https:') return { problem: 'must be an https:// URL' };
  if (url.username || url.password) return { problem: 'must not carry a user name or password' };
  if (url.search || url.hash) return { problem: 'must not carry a query or a fragment' };
  // URL has already lower-cased the host and dropped the default port.
  return { url: url.origin + url.pathname.replace(/\/+$/, '') };
}

export class AcquirerGateways {
  private readonly allowed: Record<Acquirer, Set<string>>;

  /** `lists`: allowed base URLs per acquirer, as validated by the configuration. */
  constructor(lists: Record<Acquirer, readonly string[]>) {
    const normalized = (list: readonly string[]) =>
      new Set(
        list.map((entry) => {
          const checked = normalizeGatewayUrl(entry);
          return 'url' in checked ? checked.url : entry;
        }),
      );
    this.allowed = { alipay: normalized(lists.alipay), wechat: normalized(lists.wechat) };
  }

  /**
   * Undefined when a merchant of `acquirer` may use `gateway`, else why not. No gateway means the connector's
   * built-in production URL, which is always allowed.
   */
  problem(acquirer: Acquirer, gateway: string | undefined): string | undefined {
    if (gateway === undefined) return undefined;
    const checked = normalizeGatewayUrl(gateway);
    if ('problem' in checked) return checked.problem;
    if (!this.allowed[acquirer].has(checked.url)) return `is not one of the ${acquirer} gateways this hub allows (${acquirer === 'alipay' ? 'HUB_ALIPAY_GATEWAYS' : 'HUB_WECHAT_GATEWAYS'})`;
    return undefined;
  }
}
