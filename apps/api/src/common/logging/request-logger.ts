import type { FastifyInstance } from 'fastify';
import { logger } from './logger';

/**
 * Echoes each request's id (see `httpAdapter`'s genReqId) and logs one line when the
 * response is sent: method, path without query, status, duration, user.
 */
export function logRequests(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('X-Request-Id', request.id);
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    if (logger.isLevelEnabled('info')) {
      const query = request.url.indexOf('?');
      logger.info(
        {
          reqId: request.id,
          method: request.method,
          path: query < 0 ? request.url : request.url.slice(0, query),
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime * 10) / 10,
          userId: (request as { actorId?: string }).actorId,
        },
        'request',
      );
    }
    done();
  });
}
