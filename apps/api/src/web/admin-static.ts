import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import { NotFoundException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { WORKSPACE_ROOT } from './workspace-root';

/** The built admin app; PIES_ADMIN_DIST points elsewhere (parallel development builds). */
export const ADMIN_DIST =
  process.env.PIES_ADMIN_DIST || join(WORKSPACE_ROOT, 'dist', 'apps', 'admin');

/** Whether the client takes HTML: no Accept header, or one naming HTML or any type. */
function acceptsHtml(req: FastifyRequest): boolean {
  const accept = req.headers.accept;
  return !accept || /(^|[\s,])(text\/html|text\/\*|\*\/\*)/.test(accept);
}

/**
 * Serves the built admin app at `/`: hashed assets with a long cache, and index.html for any
 * other GET outside /api so client-side routes load. Does nothing when the app is not built.
 */
export async function serveAdmin(app: NestFastifyApplication, dir = ADMIN_DIST): Promise<boolean> {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  await app.register(fastifyStatic, {
    root: join(dir, 'assets'),
    prefix: '/assets/',
    immutable: true,
    maxAge: '365d',
    index: false,
  });
  // The few files at the top of the build (favicon.svg, ...), known at start, so an API
  // request never looks on disk.
  const topFiles = new Set(
    readdirSync(dir).filter((f) => f !== 'index.html' && statSync(join(dir, f)).isFile()),
  );
  // The most general route: any GET no API route or asset matched.
  app
    .getHttpAdapter()
    .getInstance()
    .route({
      method: ['GET', 'HEAD'],
      url: '/*',
      handler: (req, reply) => {
        const path = req.url.split('?')[0];
        const top = path.slice(1);
        const api = path === '/api' || path.startsWith('/api/');
        if (!api && topFiles.has(top))
          return reply.sendFile(top, dir, { maxAge: '1h', immutable: false });
        if (api || !acceptsHtml(req)) throw new NotFoundException(`Cannot ${req.method} ${path}`);
        reply.header('Cache-Control', 'no-cache');
        return reply.sendFile('index.html', dir, { cacheControl: false });
      },
    });
  return true;
}
