// One connector per merchant, built from its decrypted credentials on first
// use and kept for the life of the process.
import type { Database } from '../../db/database.js';
import { openCredentials } from '../../merchants/index.js';
import { findMerchantById } from '../../merchants/merchant-sql.js';
import type { SecretBox } from '../../platform/secret-box.js';
import type { AcquirerConnector } from './acquirer-connector.js';
import { AlipayConnector } from './alipay-connector.js';

export class ConnectorRegistry {
  private readonly connectors = new Map<string, Promise<AcquirerConnector | undefined>>();

  constructor(
    private readonly db: Database,
    private readonly secretBox: SecretBox,
    private readonly timeoutMs: number,
  ) {}

  forMerchant(merchantId: string): Promise<AcquirerConnector | undefined> {
    let connector = this.connectors.get(merchantId);
    if (!connector) {
      connector = this.build(merchantId);
      this.connectors.set(merchantId, connector);
      connector.catch(() => this.connectors.delete(merchantId));
    }
    return connector;
  }

  private async build(merchantId: string): Promise<AcquirerConnector | undefined> {
    const row = await findMerchantById(this.db, merchantId);
    if (!row) return undefined;
    switch (row.acquirer) {
      case 'alipay':
        return new AlipayConnector(openCredentials(this.secretBox, row), this.timeoutMs);
    }
  }
}
