import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { logger } from './logger';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Gives each request an id (a caller's X-Request-Id when well-formed), echoes it, and logs
 * one line when the response finishes: method, path without query, status, duration, user.
 */
export function requestLogger(
  req: Request & { id?: string; actorId?: string },
  res: Response,
  next: NextFunction,
) {
  const incoming = req.header('x-request-id');
  req.id = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', req.id);
  const start = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    logger.info(
      {
        reqId: req.id,
        method: req.method,
        path: req.path,
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
        userId: req.actorId,
      },
      'request',
    );
  });
  next();
}
