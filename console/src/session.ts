// Where the operator's login lives in the browser: the hub's JWT and who it is.
// One place, so the auth provider, the HTTP client and the event stream agree.
const TOKEN_KEY = 'screenhub.token';
const OPERATOR_KEY = 'screenhub.operator';

export interface Operator {
  id: string;
  email: string;
  name?: string | null;
  role: 'admin' | 'operator' | 'viewer';
  tenantId: string;
}

export const session = {
  token: (): string | null => localStorage.getItem(TOKEN_KEY),
  operator(): Operator | null {
    const raw = localStorage.getItem(OPERATOR_KEY);
    return raw ? (JSON.parse(raw) as Operator) : null;
  },
  save(token: string, operator: Operator): void {
    localStorage.setItem(TOKEN_KEY, token);
    localStorage.setItem(OPERATOR_KEY, JSON.stringify(operator));
  },
  clear(): void {
    localStorage.removeItem(TOKEN_KEY);
    localStorage.removeItem(OPERATOR_KEY);
  },
};
