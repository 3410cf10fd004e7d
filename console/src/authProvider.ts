// Login against the hub: POST /api/auth/login gives a JWT, kept in localStorage.
// The hub scopes every request by the token's tenant, so the console never
// passes a tenant itself. A 401 from any call means the token is gone or stale.
import type { AuthProvider } from 'react-admin';
import { API_URL, problemMessage } from './httpClient';
import { session, type Operator } from './session';

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const response = await fetch(`${API_URL}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: username, password }),
    });
    const body = await response.json().catch(() => undefined);
    if (!response.ok) throw new Error(problemMessage(response.status, body));
    const { token, operator } = body as { token: string; operator: Operator };
    session.save(token, operator);
  },
  async logout() {
    session.clear();
  },
  async checkAuth() {
    if (!session.token()) throw new Error('not logged in');
  },
  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      session.clear();
      throw new Error('your session has ended; please log in again');
    }
    // 403 (a viewer trying to write) and the rest are shown as notifications, not logouts.
  },
  async getIdentity() {
    const operator = session.operator();
    if (!operator) throw new Error('not logged in');
    return { id: operator.id, fullName: operator.name || operator.email };
  },
  async getPermissions() {
    return session.operator()?.role ?? 'viewer';
  },
};
