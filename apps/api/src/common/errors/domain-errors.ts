import type { ErrorCode } from '../../error-codes';

/**
 * A failure the client can act on. The exception filter maps `status` to the response, whose
 * `code` (declared in the feature's `<feature>.errors.ts`) is what clients decide on; the message
 * is for people and may change.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
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
  constructor(code: ErrorCode, what = 'resource') {
    super(code, `${what} not found`);
  }
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
}

export class UnauthorizedError extends DomainError {
  readonly status = 401;
}

export class ConflictError extends DomainError {
  readonly status = 409;
}

export class BadRequestError extends DomainError {
  readonly status = 400;
}

export class UnprocessableError extends DomainError {
  readonly status = 422;
}

export class TooManyRequestsError extends DomainError {
  readonly status = 429;
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
}
