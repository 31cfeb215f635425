import { HttpException, MethodNotAllowedException, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ERROR_DECLARATIONS } from '../../error-codes';
import { toErrorBody } from './all-exceptions.filter';

const dbError = (code: string, extra: Record<string, unknown> = {}) =>
  new QueryFailedError('SELECT 1', [], Object.assign(new Error('db'), { code, ...extra }));

describe('toErrorBody', () => {
  it.each<[string, unknown, string, number]>([
    ['an unknown route', new NotFoundException('Cannot GET /api/x'), 'ROUTE_NOT_FOUND', 404],
    ['a method a route does not take', new MethodNotAllowedException(), 'METHOD_NOT_ALLOWED', 405],
    ['a body over the limit', new HttpException('too large', 413), 'PAYLOAD_TOO_LARGE', 413],
    ['a body of another type', new HttpException('type', 415), 'UNSUPPORTED_MEDIA_TYPE', 415],
    [
      "Fastify's JSON parser",
      Object.assign(new SyntaxError('Unexpected end'), { statusCode: 400 }),
      'BODY_NOT_JSON',
      400,
    ],
    [
      'too many files in an upload',
      Object.assign(new Error('files'), { code: 'FST_FILES_LIMIT', statusCode: 413 }),
      'UPLOAD_LIMIT_EXCEEDED',
      413,
    ],
    ['a unique violation', dbError('23505', { constraint: 'uq' }), 'ALREADY_EXISTS', 409],
    ['a foreign-key violation', dbError('23503'), 'REFERENCE_INVALID', 409],
    ['a NOT NULL violation', dbError('23502', { column: 'name' }), 'VALUE_MISSING', 400],
    ['a bad text character', dbError('22021'), 'INVALID_CHARACTER', 400],
    ['a value of the wrong format', dbError('22P02'), 'INVALID_FORMAT', 400],
    ['any other failure', new Error('boom'), 'INTERNAL_ERROR', 500],
    ['an unmapped database error', dbError('40001'), 'INTERNAL_ERROR', 500],
    ['a server shutting down (57P01)', dbError('57P01'), 'SERVICE_UNAVAILABLE', 503],
    ['a server still starting (57P03)', dbError('57P03'), 'SERVICE_UNAVAILABLE', 503],
    ['a connection failure (08006)', dbError('08006'), 'SERVICE_UNAVAILABLE', 503],
    ['a server out of connections (53300)', dbError('53300'), 'SERVICE_UNAVAILABLE', 503],
    [
      'a pool closed by shutdown',
      new Error('Cannot use a pool after calling end on the pool'),
      'SERVICE_UNAVAILABLE',
      503,
    ],
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
        code: 'ECONNREFUSED',
        syscall: 'connect',
      }),
      'SERVICE_UNAVAILABLE',
      503,
    ],
    [
      'a missing database socket',
      Object.assign(new Error('connect ENOENT /x/.s.PGSQL.5432'), {
        code: 'ENOENT',
        syscall: 'connect',
      }),
      'SERVICE_UNAVAILABLE',
      503,
    ],
    [
      'a missing file',
      Object.assign(new Error('no such file'), { code: 'ENOENT', syscall: 'open' }),
      'INTERNAL_ERROR',
      500,
    ],
    [
      'a connection cut during a query',
      new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly')),
      'SERVICE_UNAVAILABLE',
      503,
    ],
    [
      'a pool that cannot connect in time',
      new Error('timeout exceeded when trying to connect'),
      'SERVICE_UNAVAILABLE',
      503,
    ],
  ])('gives %s a declared code with its declared status', (_what, exception, code, status) => {
    const body = toErrorBody(exception);
    expect(body).toMatchObject({ statusCode: status, code });
    expect(ERROR_DECLARATIONS[body.code].status).toBe(status);
  });

  it('keeps the constraint of a unique violation as its details', () => {
    expect(toErrorBody(dbError('23505', { constraint: 'partnerships_name_key' }))).toMatchObject({
      details: { constraint: 'partnerships_name_key' },
    });
  });
});
