// A hub's operator API as the simulator's tools call it: log in once, then
// JSON requests with the token; anything but 2xx throws with the hub's answer.
// A hub under pressure answers 503 with Retry-After before it does anything
// with the request (@fastify/under-pressure refuses in its first hook), so any
// request so refused is sent again after the wait the hub asked for.
const PRESSURE_RETRIES = 4;
const MAX_RETRY_AFTER_S = 10;

export class HubApi {
  constructor(
    readonly baseUrl: string,
    private token = '',
  ) {}

  async login(email: string, password: string): Promise<void> {
    this.token = (await this.call<{ token: string }>('POST', '/api/auth/login', { email, password })).token;
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const text = await this.send(method, path, body === undefined ? undefined : JSON.stringify(body), 'application/json');
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** PUTs raw bytes (an OTA package). */
  async putBytes(path: string, content: Buffer): Promise<void> {
    await this.send('PUT', path, content, 'application/octet-stream');
  }

  /** The answer's body; throws on anything but 2xx, once the hub's pressure refusals are waited out. */
  private async send(method: string, path: string, body: string | Buffer | undefined, contentType: string): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(this.baseUrl + path, {
        method,
        headers: { authorization: `Bearer ${this.token}`, ...(body !== undefined ? { 'content-type': contentType } : {}) },
        body,
      });
      const text = await response.text();
      const retryAfterS = Number(response.headers.get('retry-after'));
      if (response.status === 503 && retryAfterS > 0 && attempt < PRESSURE_RETRIES) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(retryAfterS, MAX_RETRY_AFTER_S) * 1000));
        continue;
      }
      if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return text;
    }
  }
}
