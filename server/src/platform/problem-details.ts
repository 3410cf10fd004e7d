// One error handler for the whole API: every error leaves as RFC 9457
// application/problem+json with a stable `code` and a readable `detail`.
// Server faults are logged in full and answered without internals.
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance: string;
  requestId: string;
  /** Validation paths, or the rejected rows of an uploaded file. */
  errors?: Array<Record<string, unknown>>;
}

function send(reply: FastifyReply, problem: Problem) {
  return reply.status(problem.status).type('application/problem+json').send(problem);
}

function problemFor(request: FastifyRequest, status: number, code: string, detail: string): Problem {
  return {
    type: `urn:screenhub:problem:${code.toLowerCase()}`,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    code,
    instance: request.url.split('?')[0] ?? request.url,
    requestId: request.id,
  };
}

function sendError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.validation) {
    const problem = problemFor(request, 400, 'HUB_VALIDATION', `invalid ${error.validationContext ?? 'request'}: ${error.message}`);
    problem.errors = error.validation.map((v) => ({ path: v.instancePath || (v.params as { missingProperty?: string }).missingProperty || '', message: v.message ?? 'invalid' }));
    return send(reply, problem);
  }
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
    return send(reply, problemFor(request, status, error.code && status !== 500 ? error.code : 'HUB_INTERNAL', 'the hub could not complete the request; see its log for this requestId'));
  }
  const problem = problemFor(request, status, error.code ?? `HTTP_${status}`, error.message);
  const rows = (error as { rows?: unknown }).rows;
  if (Array.isArray(rows)) problem.errors = rows as Array<Record<string, unknown>>;
  return send(reply, problem);
}

/**
 * For fastify's `frameworkErrors` option: what fastify refuses before any route or error handler runs (a broken
 * %-escape in the path, a path parameter longer than the router takes) leaves as a problem too, not as fastify's
 * own plain JSON.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  void sendError(error, request, reply);
}

/**
 * For fastify's `clientErrorHandler`: what Node's HTTP parser refuses before there is any request (a request line
 * and headers past its size limit, 16 KiB by default; a request too slow to arrive; bytes that are not HTTP) is
 * answered as a problem too, without `instance` or `requestId` (there is no request), and the socket closed.
 */
export function clientErrors(error: NodeJS.ErrnoException, socket: Duplex): void {
  // A reset connection has no one left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, detail] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'HUB_HEADERS_TOO_LARGE', 'the request line and headers exceed the size this server reads']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'HUB_REQUEST_TIMEOUT', 'the request took too long to arrive']
        : [400, 'HUB_MALFORMED_REQUEST', 'not an HTTP request this server can read'];
  const title = STATUS_CODES[status] ?? 'Error';
  const body = JSON.stringify({ type: `urn:screenhub:problem:${code.toLowerCase()}`, title, status, detail, code });
  if (socket.writable) socket.write(`HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  socket.destroy(error);
}

export default fp(
  async function problemDetails(app: FastifyInstance) {
    app.setErrorHandler(sendError);
    app.setNotFoundHandler((request, reply) => send(reply, problemFor(request, 404, 'HUB_ROUTE_NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0]}`)));
  },
  { name: 'problem-details' },
);
