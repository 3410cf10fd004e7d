// Every request to the hub goes through here: the bearer token from the session,
// and the hub's application/problem+json errors turned into HttpErrors whose
// message is the problem's `detail` (what an operator can act on), never a stack.
// In Chinese the message is the translation of the problem's `code` (the hub's
// details are English); a form shows each invalid field's message under it.
import { fetchUtils, HttpError } from 'react-admin';
import { i18nProvider } from './i18n/i18nProvider';
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
  if (i18nProvider.getLocale() !== 'en') {
    const fields = (problem.errors ?? []).map((e) => fieldOf(e.path)).filter(Boolean).join('、');
    const fallback = i18nProvider.translate('hub.problem.other', { status });
    const sentence = i18nProvider.translate(`hub.problem.${problem.code ?? ''}`, { _: fallback });
    return fields ? i18nProvider.translate('hub.problem.with_fields', { sentence, fields }) : sentence;
  }
  const paths = (problem.errors ?? []).map((e) => [e.path, e.message].filter(Boolean).join(' ')).filter(Boolean);
  const detail = problem.detail ?? problem.title ?? `the hub answered ${status}`;
  return paths.length > 0 ? `${detail} (${paths.join('; ')})` : detail;
}

/** `/credentials/appId` (a JSON pointer into the body) as a form's field name, `credentials.appId`. */
const fieldOf = (path?: string) => (path ?? '').replace(/^\/(body\/)?/, '').replaceAll('/', '.');

/**
 * react-admin's server-side validation: `errors` keyed by field shows each message
 * under its input, and `root.serverError` above the form.
 */
function formErrors(message: string, body: unknown): Record<string, unknown> {
  const problem = (body && typeof body === 'object' ? body : {}) as Problem;
  const errors: Record<string, unknown> = { root: { serverError: message } };
  for (const e of problem.errors ?? []) {
    const field = fieldOf(e.path);
    if (field) errors[field] = e.message ?? 'invalid';
  }
  return errors;
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
    if (err instanceof HttpError) {
      const message = problemMessage(err.status, err.body);
      throw new HttpError(message, err.status, { ...(err.body as object), errors: formErrors(message, err.body) });
    }
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
