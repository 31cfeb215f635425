import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { logger } from '../logging/logger';
import { DomainError, TooManyRequestsError } from './domain-errors';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: unknown;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Errors Fastify raises before any controller runs: body parsing, multipart limits. */
const FASTIFY_ERRORS: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'request body is not valid JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'request body is empty but its Content-Type is application/json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'request body is too large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'send the body as application/json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'request body length does not match Content-Length',
  FST_REQ_FILE_TOO_LARGE: 'the file is too large',
  FST_PARTS_LIMIT: 'too many parts in the upload',
  FST_FILES_LIMIT: 'send one file at a time',
  FST_FIELDS_LIMIT: 'too many fields in the upload',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'send the upload as multipart/form-data',
};

function parserError(err: unknown): ErrorBody | null {
  const e = err as { code?: string; statusCode?: number; name?: string };
  if (!e || typeof e.statusCode !== 'number') return null;
  const known = e.code ? FASTIFY_ERRORS[e.code] : undefined;
  // The JSON parser's own SyntaxError carries only a status.
  const message =
    known ?? (e.name === 'SyntaxError' ? FASTIFY_ERRORS.FST_ERR_CTP_INVALID_JSON_BODY : null);
  if (!message) return null;
  const statusCode = e.statusCode >= 400 && e.statusCode < 500 ? e.statusCode : 400;
  return { statusCode, error: STATUS_TEXT[statusCode] ?? 'Bad Request', message };
}

/** Maps PostgreSQL errors that input can cause to client errors. */
function databaseError(err: QueryFailedError): ErrorBody | null {
  const d = err.driverError as { code?: string; detail?: string; constraint?: string };
  switch (d?.code) {
    case '23505':
      return {
        statusCode: 409,
        error: 'Conflict',
        message: 'already exists',
        details: { constraint: d.constraint },
      };
    case '23503':
      return {
        statusCode: 409,
        error: 'Conflict',
        message: 'refers to something that does not exist or is still in use',
      };
    case '23502':
      return {
        statusCode: 400,
        error: 'Bad Request',
        message: `${(d as { column?: string }).column ?? 'a field'} must not be empty`,
      };
    case '22021':
      return {
        statusCode: 400,
        error: 'Bad Request',
        message: 'text contains a character that cannot be stored',
      };
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return { statusCode: 400, error: 'Bad Request', message: 'a value has the wrong format' };
    default:
      return null;
  }
}

export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof DomainError) {
    return {
      statusCode: exception.status,
      error: exception.error,
      message: exception.message,
      ...(exception.details !== undefined ? { details: exception.details } : {}),
    };
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
    return {
      statusCode,
      error: STATUS_TEXT[statusCode] ?? (typeof body.error === 'string' ? body.error : 'Error'),
      message,
      ...(body.details !== undefined ? { details: body.details } : {}),
    };
  }
  if (exception instanceof QueryFailedError) {
    const mapped = databaseError(exception);
    if (mapped) return mapped;
  }
  return {
    statusCode: 500,
    error: 'Internal Server Error',
    message: 'something went wrong; the error has been logged',
  };
}

/** The one place errors become HTTP responses: `{ statusCode, error, message, details? }`. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<FastifyReply>();
    const req = ctx.getRequest<FastifyRequest>();
    const body = toErrorBody(exception);
    if (body.statusCode >= 500) {
      logger.error(
        { err: exception, reqId: req.id, path: req.url.split('?')[0] },
        'unhandled error',
      );
    }
    if (exception instanceof TooManyRequestsError) {
      res.header('Retry-After', String(exception.retryAfterSeconds));
    }
    if (res.sent) return;
    res.status(body.statusCode || HttpStatus.INTERNAL_SERVER_ERROR).send(body);
  }
}
