// The hub's HTTP errors, made with @fastify/error so each has a code and a
// status; problem-details.ts turns any of them into application/problem+json.
import createError from '@fastify/error';

export const NotFoundError = createError<[string]>('HUB_NOT_FOUND', '%s not found', 404);
export const ConflictError = createError<[string]>('HUB_CONFLICT', '%s', 409);
export const BadRequestError = createError<[string]>('HUB_BAD_REQUEST', '%s', 400);
export const UnauthorizedError = createError<[string]>('HUB_UNAUTHORIZED', '%s', 401);
export const ForbiddenError = createError<[string]>('HUB_FORBIDDEN', '%s', 403);

/** An uploaded file refused whole; `rows` lists every problem with its line. */
export const RejectedFileError = createError<[string]>('HUB_REJECTED_FILE', '%s', 422);
export const PayloadTooLargeError = createError<[string]>('HUB_PAYLOAD_TOO_LARGE', '%s', 413);
export const UpgradeRequiredError = createError<[string]>('HUB_UPGRADE_REQUIRED', '%s', 426);
export const TooManyAttemptsError = createError<[string]>('HUB_TOO_MANY_ATTEMPTS', '%s', 429);

export function rejectedFile(message: string, rows: Array<Record<string, unknown>>): Error {
  return Object.assign(new RejectedFileError(message), { rows });
}

/** A 400 naming the body parameter at fault, shaped like a schema validation error (`errors[].path`). */
export function invalidParameter(name: string, message: string): Error {
  return Object.assign(new BadRequestError(`${name}: ${message}`), { rows: [{ path: `/${name}`, message }] });
}

/** A 400 naming the body field at `path` (a JSON pointer, as schema validation gives), for checks a schema cannot make. */
export function invalidField(path: string, message: string): Error {
  return Object.assign(new BadRequestError(`${path.slice(1).replaceAll('/', '.')} ${message}`), { rows: [{ path, message }] });
}
