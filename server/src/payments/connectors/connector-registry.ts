// One connector per merchant, built from its decrypted credentials on first
// use, behind its circuit breaker, and kept for the life of the process. A
// merchant whose gateway URL is not on the allowed list gets a connector that
// refuses every call.
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/database.js';
import { findMerchantById, openCredentials, type AcquirerGateways } from '../../merchants/index.js';
import type { SecretBox } from '../../platform/secret-box.js';
import type { AcquirerConnector, ConnectorOptions } from './acquirer-connector.js';
import type { AcquirerTransport } from './acquirer-transport.js';
import type { AlipayCredentials } from './alipay-connector.js';
import { GuardedConnector, type BreakerOptions } from './guarded-connector.js';
import { RefusingConnector } from './refusing-connector.js';
import { WechatConnector, type WechatCredentials } from './wechat-connector.js';

export interface ConnectorRegistryOptions {
  db: Database;
  secretBox: SecretBox;
  timeoutMs: number;
  breaker: BreakerOptions;
  transport: AcquirerTransport;
  gateways: AcquirerGateways;
  /** The hub's own notification address for acquirers that require one; asked when the first connector is built (after listening). */
  notifyUrl: () => string;
  logger: FastifyBaseLogger;
}

export class ConnectorRegistry {
  private readonly connectors = new Map<string, Promise<GuardedConnector | undefined>>();

  constructor(private readonly options: ConnectorRegistryOptions) {}

  forMerchant(merchantId: string): Promise<GuardedConnector | undefined> {
    let connector = this.connectors.get(merchantId);
    if (!connector) {
      connector = this.build(merchantId);
      this.connectors.set(merchantId, connector);
      connector.catch(() => this.connectors.delete(merchantId));
    }
    return connector;
  }

  /** Stops the breakers' timers and closes the acquirer connections. */
  async close(): Promise<void> {
    for (const connector of this.connectors.values()) (await connector.catch(() => undefined))?.shutdown();
    await this.options.transport.close();
  }

  private async build(merchantId: string): Promise<GuardedConnector | undefined> {
    const { db, secretBox, timeoutMs, transport, gateways, breaker } = this.options;
    const row = await findMerchantById(db, merchantId);
    if (!row) return undefined;
    const credentials = openCredentials(secretBox, row);
    const problem = gateways.problem(row.acquirer, credentials.gateway);
    if (problem) {
      this.options.logger.error({ merchantId, problem }, 'merchant gateway URL not allowed; its acquirer calls are refused');
      return new GuardedConnector(new RefusingConnector(row.acquirer, 'gateway_not_allowed'), breaker);
    }
    const options: ConnectorOptions = { timeoutMs, transport, notifyUrl: this.options.notifyUrl() };
    let connector: AcquirerConnector;
    switch (row.acquirer) {
      case 'alipay': {
        // Loaded on first use: alipay-sdk takes ~0.4 s to import, a seventh of a worker's start (README, Scale).
        const { AlipayConnector } = await import('./alipay-connector.js');
        connector = new AlipayConnector(credentials as AlipayCredentials, options);
        break;
      }
      case 'wechat':
        connector = new WechatConnector(credentials as WechatCredentials, options);
        break;
    }
    return new GuardedConnector(connector, breaker);
  }
}
