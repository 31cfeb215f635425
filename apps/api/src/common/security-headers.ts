import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

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
 * Helmet's headers on every response, with a strict content security policy. Swagger UI ships
 * inline styles and a script; it alone gets a looser policy. HSTS and
 * upgrade-insecure-requests only where the app is served over HTTPS.
 */
export function securityHeaders(fastify: FastifyInstance, https: boolean): void {
  const base = { ...STRICT_CSP, upgradeInsecureRequests: https ? [] : null };
  const docs = helmet({
    hsts: https,
    contentSecurityPolicy: {
      directives: {
        ...base,
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
      },
    },
  });
  const strict = helmet({
    hsts: https,
    contentSecurityPolicy: { directives: base },
    crossOriginEmbedderPolicy: true,
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    // Helmet sets its headers on the Node response; Fastify sends them with its own.
    const headers = request.url.startsWith('/api/docs') ? docs : strict;
    headers(request.raw, reply.raw, (err?: unknown) => done(err as Error | undefined));
  });
}
