import { LoggerService } from '@nestjs/common';
import pino from 'pino';

/**
 * The process logger: JSON lines on stdout. Secrets are redacted by path, and request
 * logs never include headers or bodies in the first place.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { service: 'pies-audit-api' },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: [
      'password',
      '*.password',
      'currentPassword',
      '*.currentPassword',
      'newPassword',
      '*.newPassword',
      'passwordHash',
      '*.passwordHash',
      'cookie',
      '*.cookie',
      'token',
      '*.token',
      'csrfToken',
      '*.csrfToken',
      'url',
    ],
    censor: '[redacted]',
  },
});

/** Routes Nest's own log lines through the JSON logger. */
const CHATTY = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

export class NestPinoLogger implements LoggerService {
  log(message: unknown, context?: string) {
    if (context && CHATTY.has(context)) logger.debug({ context }, String(message));
    else logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    logger.trace({ context }, String(message));
  }
}
