import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { WORKSPACE_ROOT } from './workspace-root';

/** The built admin app; PIES_ADMIN_DIST points elsewhere (parallel development builds). */
export const ADMIN_DIST =
  process.env.PIES_ADMIN_DIST || join(WORKSPACE_ROOT, 'dist', 'apps', 'admin');

/**
 * Serves the built admin app at `/`: hashed assets with a long cache, and index.html for any
 * other GET outside /api so client-side routes load. Does nothing when the app is not built.
 */
export function serveAdmin(app: NestExpressApplication, dir = ADMIN_DIST): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(join(dir, 'assets'), {
    prefix: '/assets',
    immutable: true,
    maxAge: '365d',
    index: false,
  });
  // The few files at the top of the build (favicon.svg, ...), known at start: a static
  // middleware at / would look on disk for every API request too.
  const topFiles = new Set(
    readdirSync(dir).filter((f) => f !== 'index.html' && statSync(join(dir, f)).isFile()),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      req.path === '/api' ||
      req.path.startsWith('/api/')
    )
      return next();
    const top = req.path.slice(1);
    if (topFiles.has(top)) return res.sendFile(join(dir, top), { maxAge: '1h' });
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
