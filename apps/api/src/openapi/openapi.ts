import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { addErrorSchemas } from './error-schemas';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('PIES Audit API')
    .setDescription(
      [
        'Online-safeguarding self-audit for Safeguarding Children Partnerships (PIES model).',
        '',
        'Authentication: `POST /api/auth/login` sets an httpOnly session cookie.',
        'CSRF: every POST, PUT, PATCH and DELETE must send the value of the `pies_csrf` cookie',
        '(also returned as `csrfToken` by login, `GET /api/auth/me` and `GET /api/auth/csrf`)',
        'in the `X-CSRF-Token` header.',
        '',
        'Errors are `{ statusCode, code, error, message, details? }` (schema ErrorBody): decide on',
        '`code`, never on `message`. The codes, with the shape of `details` each carries, are listed',
        'by feature in the ErrorCode schema; field problems (`details` of VALIDATION_FAILED) are',
        '`[{ field, problems: [{ code, params, message }] }]`, their codes in ProblemCode.',
      ].join('\n'),
    )
    .setVersion('1')
    .addCookieAuth(
      'pies_session',
      { type: 'apiKey', in: 'cookie', name: 'pies_session' },
      'session',
    )
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-CSRF-Token' }, 'csrf')
    .build();
  return addErrorSchemas(
    SwaggerModule.createDocument(app, config, {
      operationIdFactory: (controllerKey, methodKey) =>
        `${controllerKey.replace(/Controller$/, '').replace(/^./, (c) => c.toLowerCase())}_${methodKey}`,
    }),
  );
}

/** Serves the UI at /api/docs and the JSON at /api/docs-json. */
export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
    yamlDocumentUrl: 'api/docs-yaml',
  });
}
