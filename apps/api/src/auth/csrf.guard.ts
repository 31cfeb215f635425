import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CSRF_EXEMPT_KEY, PUBLIC_KEY } from '../common/access/access.decorators';
import type { FastifyRequest } from 'fastify';
import { ForbiddenError } from '../common/errors/domain-errors';
import { AppConfig } from '../config/app-config';
import { cookieNames, readCookie, readHeader } from './cookies';
import { tokensEqual } from './sessions.service';
import { AuthErrorCode } from './auth.errors';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for a cookie-authenticated SPA (double-submit): every state-changing
 * request must send the `pies_csrf` cookie's value in an `X-CSRF-Token` header. Another
 * site can make the browser send the cookie but cannot read it to set the header. For a
 * signed-in request the access guard also checks the token is the session's own.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<FastifyRequest>();
    if (SAFE.has(req.method)) return true;
    const marked = (key: string) =>
      this.reflector.getAllAndOverride<boolean>(key, [context.getHandler(), context.getClass()]);
    if (marked(CSRF_EXEMPT_KEY) && marked(PUBLIC_KEY)) return true;
    const cookie = readCookie(req, cookieNames(this.config.cookieSecure).csrf);
    const header = readHeader(req, 'x-csrf-token');
    if (!tokensEqual(cookie, header)) {
      throw new ForbiddenError(
        AuthErrorCode.CSRF_TOKEN_INVALID,
        'missing or invalid CSRF token: send the pies_csrf cookie value in the X-CSRF-Token header',
      );
    }
    return true;
  }
}
