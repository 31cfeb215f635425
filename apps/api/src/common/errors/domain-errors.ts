import type { ErrorCode } from '../../error-codes';

/**
 * A failure the client can act on. The exception filter maps `status` to the response, whose
 * `code` (declared in the feature's `<feature>.errors.ts`) is what clients decide on; the message
 * is for people and may change.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly error: string;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly error = 'Not Found';
  constructor(code: ErrorCode, what = 'resource') {
    super(code, `${what} not found`);
  }
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
  readonly error = 'Forbidden';
}

export class UnauthorizedError extends DomainError {
  readonly status = 401;
  readonly error = 'Unauthorized';
}

export class ConflictError extends DomainError {
  readonly status = 409;
  readonly error = 'Conflict';
}

export class BadRequestError extends DomainError {
  readonly status = 400;
  readonly error = 'Bad Request';
}

export class UnprocessableError extends DomainError {
  readonly status = 422;
  readonly error = 'Unprocessable Entity';
}

export class TooManyRequestsError extends DomainError {
  readonly status = 429;
  readonly error = 'Too Many Requests';
  constructor(
    code: ErrorCode,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, message);
  }
}

export class ServiceUnavailableError extends DomainError {
  readonly status = 503;
  readonly error = 'Service Unavailable';
}
