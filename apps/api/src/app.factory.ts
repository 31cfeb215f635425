import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppModule, type AppModuleOptions } from './app.module';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { createValidationPipe } from './common/errors/validation';
import { logger, NestPinoLogger } from './common/logging/logger';
import { requestLogger } from './common/logging/request-logger.middleware';
import { setupOpenApi } from './openapi/openapi';
import { serveAdmin } from './web/admin-static';

const STRICT_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Builds the HTTP application exactly as it runs in production; tests use the same function
 * so they exercise the same middleware, pipes, guards and filter.
 */
export async function createApp(
  options: AppModuleOptions & { preview?: boolean },
): Promise<NestExpressApplication> {
  const { config } = options;
  logger.level = config.LOG_LEVEL;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bodyParser: false,
    logger: new NestPinoLogger(),
    preview: options.preview,
    abortOnError: false,
  });
  configureApp(app, config.BODY_LIMIT_KB, config.TRUST_PROXY_HOPS, config.cookieSecure);
  return app;
}

export function configureApp(
  app: NestExpressApplication,
  bodyLimitKb: number,
  trustProxyHops: number,
  https: boolean,
): INestApplication {
  if (trustProxyHops > 0) app.set('trust proxy', trustProxyHops);
  app.disable('x-powered-by');
  app.use(requestLogger);
  // Swagger UI ships inline styles and a script; it alone gets a looser policy.
  // HSTS and upgrade-insecure-requests only where the app is served over HTTPS.
  const base = { ...STRICT_CSP, upgradeInsecureRequests: https ? [] : null };
  const docsHelmet = helmet({
    hsts: https,
    contentSecurityPolicy: {
      directives: {
        ...base,
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
      },
    },
  });
  const strictHelmet = helmet({
    hsts: https,
    contentSecurityPolicy: { directives: base },
    crossOriginEmbedderPolicy: true,
  });
  app.use((req: Request, res: Response, next: NextFunction) =>
    (req.path.startsWith('/api/docs') ? docsHelmet : strictHelmet)(req, res, next),
  );
  app.use(cookieParser());
  app.useBodyParser('json', { limit: `${bodyLimitKb}kb` });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  setupOpenApi(app);
  serveAdmin(app);
  return app;
}
