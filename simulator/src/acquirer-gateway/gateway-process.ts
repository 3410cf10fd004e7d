// Starts the local Alipay gateway as its own process (gateway-main.ts), for
// benchmarks and the scenario runner: its URL, the credentials a merchant
// needs, the environment a hub needs to reach it (the test CA and the gateway
// on HUB_ALIPAY_GATEWAYS), and its ledger read over HTTPS.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Agent, fetch } from 'undici';
import { testTls } from './test-tls.js';

export interface LedgerTrade {
  outTradeNo: string;
  amountFen: number;
  status: string;
  refunded: boolean;
  refundedFen: number;
}

export interface GatewayProcess {
  url: string;
  credentials: Record<string, string>;
  /** Add to the hub's environment: it then trusts the gateway's certificate and allows its URL. */
  hubEnv: Record<string, string>;
  ledger(): Promise<{ trades: LedgerTrade[]; requests: number }>;
  stop(): void;
}

export async function startGatewayProcess(options: { latencyMs: number; port?: number }): Promise<GatewayProcess> {
  const script = fileURLToPath(new URL('./gateway-main.ts', import.meta.url));
  const args = ['--import', 'tsx', script, '--latency-ms', String(options.latencyMs), '--port', String(options.port ?? 0)];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  const info = JSON.parse(line.toString().split('\n')[0]!) as { url: string; credentials: Record<string, string> };
  const trustTestCa = new Agent({ connect: { ca: testTls().ca } });
  return {
    ...info,
    hubEnv: { HUB_ACQUIRER_CA_FILE: testTls().caFile, HUB_ALIPAY_GATEWAYS: info.url },
    async ledger() {
      const response = await fetch(info.url.replace('/gateway.do', '/ledger'), { dispatcher: trustTestCa });
      return (await response.json()) as { trades: LedgerTrade[]; requests: number };
    },
    stop() {
      child.kill('SIGTERM');
      void trustTestCa.close();
    },
  };
}
