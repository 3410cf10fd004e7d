// Every request to the hub goes through here: the bearer token from the session,
// and the hub's application/problem+json errors turned into HttpErrors whose
// message is the problem's `detail` (what an operator can act on), never a stack.
import { fetchUtils, HttpError } from 'react-admin';
import { session } from './session';

export const API_URL = '/api';

interface Problem {
  detail?: string;
  title?: string;
  code?: string;
  errors?: Array<{ path?: string; message?: string }>;
}

/** A readable sentence from a problem body: the detail, plus the validation paths if any. */
export function problemMessage(status: number, body: unknown): string {
  const problem = (body && typeof body === 'object' ? body : {}) as Problem;
  const paths = (problem.errors ?? []).map((e) => [e.path, e.message].filter(Boolean).join(' ')).filter(Boolean);
  const detail = problem.detail ?? problem.title ?? `the hub answered ${status}`;
  return paths.length > 0 ? `${detail} (${paths.join('; ')})` : detail;
}

function authHeaders(headers?: HeadersInit): Headers {
  const result = new Headers(headers ?? { Accept: 'application/json' });
  const token = session.token();
  if (token) result.set('Authorization', `Bearer ${token}`);
  return result;
}

/** JSON requests, as ra-data-simple-rest expects its httpClient to behave. */
export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers: authHeaders(options.headers as HeadersInit | undefined) });
  } catch (err) {
    if (err instanceof HttpError) throw new HttpError(problemMessage(err.status, err.body), err.status, err.body);
    throw err;
  }
}

/** Binary reads (creative previews, uploads): the Authorization header means an <img src> cannot do it. */
export async function fetchBlob(path: string): Promise<Blob> {
  const response = await fetch(API_URL + path, { headers: authHeaders({}) });
  if (!response.ok) {
    const body = await response.json().catch(() => undefined);
    throw new HttpError(problemMessage(response.status, body), response.status, body);
  }
  return response.blob();
}
