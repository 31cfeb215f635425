import { STATUS_CODES } from 'node:http';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { logger } from '../logging/logger';
import type { ErrorCode } from '../../error-codes';
import { AuthErrorCode } from '../../auth/auth.errors';
import { CommonErrorCode } from './common.errors';
import { DomainError, TooManyRequestsError } from './domain-errors';

/** Every error response: `code` is stable (see error-codes.ts), `message` is for people. */
export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  error: string;
  message: string;
  details?: unknown;
}

/** The body of a response with this status, its `error` the status's standard text. */
const errorBody = (
  statusCode: number,
  code: ErrorCode,
  message: string,
  details?: unknown,
): ErrorBody => ({
  statusCode,
  code,
  error: STATUS_CODES[statusCode] ?? 'Error',
  message,
  ...(details !== undefined ? { details } : {}),
});

/** Codes for HTTP errors raised outside any feature (Nest's router, guards, pipes) by status. */
const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: CommonErrorCode.BAD_REQUEST,
  401: AuthErrorCode.NOT_SIGNED_IN,
  403: AuthErrorCode.ROLE_REQUIRED,
  404: CommonErrorCode.ROUTE_NOT_FOUND,
  405: CommonErrorCode.METHOD_NOT_ALLOWED,
  413: CommonErrorCode.PAYLOAD_TOO_LARGE,
  415: CommonErrorCode.UNSUPPORTED_MEDIA_TYPE,
  429: AuthErrorCode.RATE_LIMITED,
  503: CommonErrorCode.SERVICE_UNAVAILABLE,
};

/** Errors Fastify raises before any controller runs: body parsing, multipart limits. */
const FASTIFY_ERRORS: Record<string, [ErrorCode, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [CommonErrorCode.BODY_NOT_JSON, 'request body is not valid JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [
    CommonErrorCode.BODY_EMPTY,
    'request body is empty but its Content-Type is application/json',
  ],
  FST_ERR_CTP_BODY_TOO_LARGE: [CommonErrorCode.PAYLOAD_TOO_LARGE, 'request body is too large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    CommonErrorCode.UNSUPPORTED_MEDIA_TYPE,
    'send the body as application/json',
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    CommonErrorCode.BODY_LENGTH_MISMATCH,
    'request body length does not match Content-Length',
  ],
  FST_ERR_BAD_URL: [CommonErrorCode.PATH_INVALID, 'the path is not valid percent-encoded UTF-8'],
  FST_ERR_MAX_PARAM_LENGTH: [CommonErrorCode.PATH_TOO_LONG, 'a path segment is too long'],
  FST_REQ_FILE_TOO_LARGE: [CommonErrorCode.PAYLOAD_TOO_LARGE, 'the file is too large'],
  FST_PARTS_LIMIT: [CommonErrorCode.UPLOAD_LIMIT_EXCEEDED, 'too many parts in the upload'],
  FST_FILES_LIMIT: [CommonErrorCode.UPLOAD_LIMIT_EXCEEDED, 'send one file at a time'],
  FST_FIELDS_LIMIT: [CommonErrorCode.UPLOAD_LIMIT_EXCEEDED, 'too many fields in the upload'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [
    CommonErrorCode.UNSUPPORTED_MEDIA_TYPE,
    'send the upload as multipart/form-data',
  ],
};

function parserError(err: unknown): ErrorBody | null {
  const e = err as { code?: string; statusCode?: number; name?: string };
  if (!e || typeof e.statusCode !== 'number') return null;
  // The JSON parser's own SyntaxError carries only a status.
  const known =
    (e.code ? FASTIFY_ERRORS[e.code] : undefined) ??
    (e.name === 'SyntaxError' ? FASTIFY_ERRORS.FST_ERR_CTP_INVALID_JSON_BODY : undefined);
  if (!known) return null;
  const [code, message] = known;
  const statusCode = e.statusCode >= 400 && e.statusCode < 500 ? e.statusCode : 400;
  return errorBody(statusCode, code, message);
}

/** PostgreSQL errors that input can cause, as client errors: status, code and message. */
const DATABASE_ERRORS: Record<string, [number, ErrorCode, string]> = {
  '23505': [409, CommonErrorCode.ALREADY_EXISTS, 'already exists'],
  '23503': [
    409,
    CommonErrorCode.REFERENCE_INVALID,
    'refers to something that does not exist or is still in use',
  ],
  '23502': [400, CommonErrorCode.VALUE_MISSING, 'must not be empty'],
  '22021': [
    400,
    CommonErrorCode.INVALID_CHARACTER,
    'text contains a character that cannot be stored',
  ],
  '22P02': [400, CommonErrorCode.INVALID_FORMAT, 'a value has the wrong format'],
  '22007': [400, CommonErrorCode.INVALID_FORMAT, 'a value has the wrong format'],
  '22008': [400, CommonErrorCode.INVALID_FORMAT, 'a value has the wrong format'],
  '22003': [400, CommonErrorCode.INVALID_FORMAT, 'a value has the wrong format'],
};

function databaseError(err: QueryFailedError): ErrorBody | null {
  const d = err.driverError as { code?: string; constraint?: string; column?: string };
  const known = d?.code ? DATABASE_ERRORS[d.code] : undefined;
  if (!known) return null;
  const [status, code, message] = known;
  if (d.code === '23505') return errorBody(status, code, message, { constraint: d.constraint });
  if (d.code === '23502') return errorBody(status, code, `${d.column ?? 'a field'} ${message}`);
  return errorBody(status, code, message);
}

/** The router matches no parameter longer than this (Fastify's `maxParamLength`). */
export const MAX_PATH_SEGMENT_CHARS = 100;

/**
 * The router answers a segment over the limit as no route at all: say why instead, since the
 * path may be a real route with an id nobody could have been given.
 */
function pathTooLong(body: ErrorBody, url: string): ErrorBody {
  if (body.code !== CommonErrorCode.ROUTE_NOT_FOUND) return body;
  const segments = url.split('?')[0].split('/');
  if (!segments.some((s) => s.length > MAX_PATH_SEGMENT_CHARS)) return body;
  return errorBody(
    414,
    CommonErrorCode.PATH_TOO_LONG,
    `a path segment is over ${MAX_PATH_SEGMENT_CHARS} characters`,
  );
}

/** Seconds a client waits before trying again after a 503. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * PostgreSQL codes of a server that is unreachable, going away (class 08, shutdown, crash,
 * still starting up) or out of connections (53300), socket errors of a connection refused or
 * cut, and node-postgres's own messages for a connection lost, never made, or a pool closed.
 */
const DATABASE_DOWN_CODES =
  /^(08\w{3}|57P0[1-3]|53300|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/;
const DATABASE_DOWN_MESSAGES =
  /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Client was closed and is not queryable|Cannot use a pool after calling end)/;

/** Whether the error says the database cannot be reached now (not that a query is wrong). */
export function isDatabaseUnavailable(exception: unknown): boolean {
  const err = exception instanceof QueryFailedError ? exception.driverError : exception;
  if (!(err instanceof Error)) return false;
  const { code, syscall } = err as { code?: unknown; syscall?: unknown };
  return (
    (typeof code === 'string' && DATABASE_DOWN_CODES.test(code)) ||
    // A Unix socket that is not there: the server is not running.
    (code === 'ENOENT' && syscall === 'connect') ||
    DATABASE_DOWN_MESSAGES.test(err.message)
  );
}

export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof DomainError) {
    return errorBody(exception.status, exception.code, exception.message, exception.details);
  }
  // Nest wraps Fastify's own errors (body parsing, uploads) in an HttpException: the cause
  // says which, for a message that tells the client what to do.
  const parsing = parserError(
    exception instanceof HttpException && exception.cause ? exception.cause : exception,
  );
  if (parsing) return parsing;
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    const res = exception.getResponse();
    const body = typeof res === 'object' && res !== null ? (res as Record<string, unknown>) : {};
    const message = Array.isArray(body.message)
      ? body.message.join('; ')
      : typeof body.message === 'string'
        ? body.message
        : typeof res === 'string'
          ? res
          : exception.message;
    return errorBody(
      statusCode,
      CODE_BY_STATUS[statusCode] ??
        (statusCode >= 500 ? CommonErrorCode.INTERNAL_ERROR : CommonErrorCode.BAD_REQUEST),
      message,
    );
  }
  if (exception instanceof QueryFailedError) {
    const mapped = databaseError(exception);
    if (mapped) return mapped;
  }
  if (isDatabaseUnavailable(exception)) {
    return errorBody(
      503,
      CommonErrorCode.SERVICE_UNAVAILABLE,
      'the database is not answering; try again shortly',
      { database: 'down' },
    );
  }
  return errorBody(
    500,
    CommonErrorCode.INTERNAL_ERROR,
    'something went wrong; the error has been logged',
  );
}

/** The one place errors become HTTP responses: `{ statusCode, code, error, message, details? }`. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<FastifyReply>();
    const req = ctx.getRequest<FastifyRequest>();
    const body = pathTooLong(toErrorBody(exception), req.url);
    const at = { reqId: req.id, path: req.url.split('?')[0] };
    if (body.statusCode === 503) {
      logger.warn({ ...at, reason: (exception as Error)?.message }, 'service unavailable');
      res.header('Retry-After', String(RETRY_AFTER_SECONDS));
    } else if (body.statusCode >= 500) {
      logger.error({ err: exception, ...at }, 'unhandled error');
    }
    if (exception instanceof TooManyRequestsError) {
      res.header('Retry-After', String(exception.retryAfterSeconds));
    }
    if (res.sent) return;
    res.status(body.statusCode || HttpStatus.INTERNAL_SERVER_ERROR).send(body);
  }
}
