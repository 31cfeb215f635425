import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';
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

/** Errors raised by body parsing, before any controller runs (they carry a status). */
function parserError(err: unknown): ErrorBody | null {
  const e = err as { type?: string; status?: number; expose?: boolean; message?: string };
  if (!e || typeof e.status !== 'number' || typeof e.type !== 'string') return null;
  const messages: Record<string, string> = {
    'entity.parse.failed': 'request body is not valid JSON',
    'entity.too.large': 'request body is too large',
    'encoding.unsupported': 'request body encoding is not supported',
    'charset.unsupported': 'request body charset is not supported',
    'request.aborted': 'request was aborted',
  };
  const statusCode = e.status >= 400 && e.status < 500 ? e.status : 400;
  return {
    statusCode,
    error: STATUS_TEXT[statusCode] ?? 'Bad Request',
    message: messages[e.type] ?? (e.expose ? (e.message ?? 'bad request') : 'bad request'),
  };
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
  return (
    parserError(exception) ?? {
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'something went wrong; the error has been logged',
    }
  );
}

/** The one place errors become HTTP responses: `{ statusCode, error, message, details? }`. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request & { id?: string }>();
    const body = toErrorBody(exception);
    if (body.statusCode >= 500) {
      logger.error({ err: exception, reqId: req.id, path: req.path }, 'unhandled error');
    }
    if (exception instanceof TooManyRequestsError) {
      res.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    if (res.headersSent) return;
    res.status(body.statusCode || HttpStatus.INTERNAL_SERVER_ERROR).json(body);
  }
}
