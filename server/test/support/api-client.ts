// A small HTTP client over the real socket (Node's fetch), with a bearer token
// and helpers for the set-up every test needs: log in, make tenants, devices.
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './credentials.js';

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export class ApiClient {
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
  ) {}

  as(token: string): ApiClient {
    return new ApiClient(this.baseUrl, token);
  }

  async request<T = any>(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = {};
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['content-type'] = contentType;
    const payload = body === undefined ? undefined : contentType === 'application/json' ? JSON.stringify(body) : String(body);
    const response = await fetch(this.baseUrl + path, { method, headers, body: payload });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, headers: response.headers, body: type.includes('json') && text ? JSON.parse(text) : text };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  put<T = any>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }

  /** Logs in and returns a client carrying the token. */
  async login(email: string, password: string): Promise<ApiClient> {
    let response = await this.post('/api/auth/login', { email, password });
    // A hub whose event loop lags (a test machine's two cores busy with other suites) answers 503 with Retry-After,
    // as it would any client: a set-up step waits as told rather than failing the test it prepares.
    for (let tries = 0; response.status === 503 && tries < 3; tries++) {
      await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get('retry-after') ?? 1) * 1000));
      response = await this.post('/api/auth/login', { email, password });
    }
    if (response.status !== 200) throw new Error(`login as ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return this.as(response.body.token);
  }

  loginRoot(): Promise<ApiClient> {
    return this.login(ADMIN_EMAIL, ADMIN_PASSWORD);
  }

  /** As a root admin: a new tenant with an admin; returns that admin's client. */
  async createTenant(name: string): Promise<{ tenantId: string; admin: ApiClient }> {
    const email = `admin@${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.test`;
    const password = 'tenant admin password';
    const created = await this.post('/api/tenants', { name, admin: { email, password } });
    if (created.status !== 201) throw new Error(`create tenant failed: ${created.status} ${JSON.stringify(created.body)}`);
    return { tenantId: created.body.id, admin: await this.login(email, password) };
  }

  /** A merchant for fleet tests: WeChat Pay credentials that no test pays through, plus the given attributes. */
  async createMerchant(attributes: Record<string, unknown> = {}): Promise<{ id: string }> {
    // No gateway: WeChat Pay's production URL, which nothing here ever calls.
    const credentials = { appId: 'wx0123456789abcdef', mchId: '1900000109', apiKey: 'k'.repeat(32) };
    const created = await this.post('/api/merchants', { name: 'Fleet merchant', acquirer: 'wechat', credentials, ...attributes });
    if (created.status !== 201) throw new Error(`merchant creation failed: ${created.status} ${JSON.stringify(created.body)}`);
    return created.body;
  }

  async createDevice(body: { id?: string; name?: string } = {}): Promise<{ id: string; secret: string; paymentKey: string; tenantId: string }> {
    const created = await this.post('/api/devices', body);
    if (created.status !== 201) throw new Error(`create device failed: ${created.status} ${JSON.stringify(created.body)}`);
    return created.body;
  }
}
