import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { AppModule, type AppModuleOptions } from './app.module';
import { assertRoutesFailClosed } from './common/access/route-scopes';
import {
  AllExceptionsFilter,
  MAX_PATH_SEGMENT_CHARS,
  toErrorBody,
} from './common/errors/all-exceptions.filter';
import { createValidationPipe } from './common/errors/validation';
import { acceptJsonBodies, ParseJsonBody } from './common/json-body';
import { logger, NestPinoLogger } from './common/logging/logger';
import { logRequests } from './common/logging/request-logger';
import { securityHeaders } from './common/security-headers';
import type { AppConfig } from './config/app-config';
import { setupOpenApi } from './openapi/openapi';
import { serveAdmin } from './web/admin-static';

const API_PREFIX = 'api';
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** A caller's X-Request-Id when well-formed (to follow a request across services), else new. */
function requestId(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * The HTTP layer is Fastify: on two cores its per-request cost is a fraction of Express's,
 * which is most of what a cached dashboard or an autosave costs the API process.
 */
export function httpAdapter(config: Pick<AppConfig, 'BODY_LIMIT_KB' | 'trustedProxies'>) {
  return new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_KB * 1024,
    trustProxy: config.trustedProxies.length ? config.trustedProxies : false,
    genReqId: requestId,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PATH_SEGMENT_CHARS },
    // Node's own default, which Fastify turns off: a request still arriving after five
    // minutes (a slow-drip client holding a connection) is cut off with a 408.
    requestTimeout: 300_000,
    // Requests are logged once, by logRequests, through the app's own logger.
    logger: false,
    // A path Fastify's router refuses (bad percent-encoding, a segment over 100 characters)
    // gets the one error body too.
    frameworkErrors: (err: FastifyError, _req: FastifyRequest, reply: FastifyReply) => {
      const body = toErrorBody(err);
      void reply.code(body.statusCode).send(body);
    },
  });
}

/**
 * Builds the HTTP application exactly as it runs in production; tests use the same function
 * so they exercise the same hooks, pipes, guards and filter.
 */
export async function createApp(
  options: AppModuleOptions & { preview?: boolean },
): Promise<NestFastifyApplication> {
  const { config } = options;
  logger.level = config.LOG_LEVEL;
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(options),
    httpAdapter(config),
    {
      // Bodies are parsed by acceptJsonBodies (JSON) and uploads only; nothing else is parsed.
      bodyParser: false,
      logger: new NestPinoLogger(),
      preview: options.preview,
      abortOnError: false,
    },
  );
  await configureApp(app, config);
  return app;
}

export async function configureApp(
  app: NestFastifyApplication,
  config: Pick<AppConfig, 'cookieSecure'>,
): Promise<INestApplication> {
  const fastify = app.getHttpAdapter().getInstance();
  acceptJsonBodies(fastify);
  logRequests(fastify);
  closeConnectionsWhenDraining(fastify);
  securityHeaders(fastify, config.cookieSecure);
  await app.register(fastifyCookie);
  app.setGlobalPrefix(API_PREFIX);
  // Before anything listens: a route whose ids would fail open stops the app here.
  assertRoutesFailClosed(app, API_PREFIX);
  // Interceptors run after the guards and before the pipes: bodies are parsed only then.
  app.useGlobalInterceptors(new ParseJsonBody());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  setupOpenApi(app);
  await serveAdmin(app);
  return app;
}

/**
 * Once the app starts closing, every response closes its connection. Without that, a
 * connection busy when the server began closing went back to idle keep-alive after its
 * response, and the close waited for the client to drop it (up to the 72 s keep-alive
 * timeout); with it, in-flight requests finish, are answered, and the close is done at once.
 */
function closeConnectionsWhenDraining(fastify: FastifyInstance) {
  let draining = false;
  fastify.addHook('preClose', (done) => {
    draining = true;
    done();
  });
  fastify.addHook('onSend', (_req, reply, payload, done) => {
    if (draining) reply.header('connection', 'close');
    done(null, payload);
  });
}
