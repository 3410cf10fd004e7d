// A hub's operator API as the simulator's tools call it: log in once, then
// JSON requests with the token; anything but 2xx throws with the hub's answer.
export class HubApi {
  constructor(
    readonly baseUrl: string,
    private token = '',
  ) {}

  async login(email: string, password: string): Promise<void> {
    this.token = (await this.call<{ token: string }>('POST', '/api/auth/login', { email, password })).token;
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** PUTs raw bytes (an OTA package). */
  async putBytes(path: string, content: Buffer): Promise<void> {
    const response = await fetch(this.baseUrl + path, { method: 'PUT', headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/octet-stream' }, body: content });
    if (response.status >= 300) throw new Error(`PUT ${path}: ${response.status} ${await response.text()}`);
  }
}
