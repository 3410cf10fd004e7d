// The shortest merchant webhook receiver (README, "Merchants' developers:
// webhooks"): checks the X-ScreenHub-Signature (HMAC-SHA256 with the secret
// the hub gave, over "<t>.<body>", at most five minutes old), handles each
// delivery id once (a retry repeats it), and answers 204 quickly. Tested
// against a hub in server/test/docs/webhook-example.test.ts.
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';

export interface WebhookEvent {
  id: string;
  event: string;
  createdAt: string;
  data: Record<string, unknown>;
}

/** Listens on `port` (0: any) of loopback; calls `onEvent` once per delivery id whose signature holds. */
export function startWebhookReceiver(secretHex: string, port: number, onEvent: (event: WebhookEvent) => void): http.Server {
  const secret = Buffer.from(secretHex, 'hex');
  const seen = new Set<string>();
  return http
    .createServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      const { t, v1 } = Object.fromEntries(String(req.headers['x-screenhub-signature']).split(',').map((kv) => kv.split('='))) as { t?: string; v1?: string };
      const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
      const given = Buffer.from(v1 ?? '', 'hex');
      if (Math.abs(Date.now() - Number(t)) > 300_000 || given.length !== expected.length || !timingSafeEqual(given, expected)) return res.writeHead(401).end();
      const delivery = String(req.headers['x-screenhub-delivery']);
      if (!seen.has(delivery)) {
        seen.add(delivery);
        onEvent(JSON.parse(body) as WebhookEvent);
      }
      res.writeHead(204).end();
    })
    .listen(port, '127.0.0.1');
}
