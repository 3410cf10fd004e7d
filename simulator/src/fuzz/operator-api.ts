// The fuzzer's way into the hub's HTTP API as an operator: log in, then call
// with the bearer token. Only what setting up a fuzz scene and checking the
// hub afterwards need.
export interface ApiAnswer<T = unknown> {
  status: number;
  contentType: string;
  body: T;
  text: string;
}

export class OperatorApi {
  private constructor(
    readonly httpUrl: string,
    readonly token: string,
  ) {}

  static async login(httpUrl: string, credentials: { email: string; password: string }): Promise<OperatorApi> {
    const response = await fetch(`${httpUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(credentials) });
    if (response.status !== 200) throw new Error(`login as ${credentials.email}: ${response.status} ${await response.text()}`);
    return new OperatorApi(httpUrl, ((await response.json()) as { token: string }).token);
  }

  async call<T = any>(method: string, path: string, body?: unknown): Promise<ApiAnswer<T>> {
    const response = await fetch(`${this.httpUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    return { status: response.status, contentType, text, body: (contentType.includes('json') && text ? JSON.parse(text) : text) as T };
  }

  /** Like call, but anything other than 2xx is an error. */
  async ok<T = any>(method: string, path: string, body?: unknown): Promise<T> {
    const answer = await this.call<T>(method, path, body);
    if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${answer.text.slice(0, 500)}`);
    return answer.body;
  }
}
