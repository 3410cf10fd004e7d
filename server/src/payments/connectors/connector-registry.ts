// One connector per merchant, built from its decrypted credentials on first
// use, behind its circuit breaker, and kept for the life of the process.
import type { Database } from '../../db/database.js';
import { openCredentials } from '../../merchants/index.js';
import { findMerchantById } from '../../merchants/merchant-sql.js';
import type { SecretBox } from '../../platform/secret-box.js';
import type { AcquirerConnector } from './acquirer-connector.js';
import { AlipayConnector, type AlipayCredentials } from './alipay-connector.js';
import { WechatConnector, type WechatCredentials } from './wechat-connector.js';
import { GuardedConnector, type BreakerOptions } from './guarded-connector.js';

export class ConnectorRegistry {
  private readonly connectors = new Map<string, Promise<GuardedConnector | undefined>>();

  constructor(
    private readonly db: Database,
    private readonly secretBox: SecretBox,
    private readonly timeoutMs: number,
    private readonly breaker: BreakerOptions,
  ) {}

  forMerchant(merchantId: string): Promise<GuardedConnector | undefined> {
    let connector = this.connectors.get(merchantId);
    if (!connector) {
      connector = this.build(merchantId);
      this.connectors.set(merchantId, connector);
      connector.catch(() => this.connectors.delete(merchantId));
    }
    return connector;
  }

  /** Stops the breakers' timers. */
  async close(): Promise<void> {
    for (const connector of this.connectors.values()) (await connector.catch(() => undefined))?.shutdown();
  }

  private async build(merchantId: string): Promise<GuardedConnector | undefined> {
    const row = await findMerchantById(this.db, merchantId);
    if (!row) return undefined;
    let connector: AcquirerConnector;
    switch (row.acquirer) {
      case 'alipay':
        connector = new AlipayConnector(openCredentials(this.secretBox, row) as AlipayCredentials, this.timeoutMs);
        break;
      case 'wechat':
        connector = new WechatConnector(openCredentials(this.secretBox, row) as WechatCredentials, this.timeoutMs);
        break;
    }
    return new GuardedConnector(connector, this.breaker);
  }
}
