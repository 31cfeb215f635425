import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Role } from '@pies/domain';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import {
  ACCESS_KEY,
  type AccessRule,
  type AuthenticatedRequest,
  PUBLIC_KEY,
} from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import { type AccessDecision, decide } from '../common/access/resource-scope';
import { type ScopeLookup, ScopeResolvers, type ScopeRow } from '../common/access/scope-resolvers';
import { IDS_IN_SCOPE_KEY, type IdsInScopeOptions } from '../common/access/scope.decorators';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '../common/errors/domain-errors';
import { parsedBody } from '../common/json-body';
import { logger } from '../common/logging/logger';
import { AppConfig } from '../config/app-config';
import { cookieNames, readCookie, readHeader } from './cookies';
import { SessionsService, tokensEqual } from './sessions.service';
import { CommonErrorCode } from '../common/errors/common.errors';
import { AuthErrorCode } from './auth.errors';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

type ScopedRule = AccessRule & { ids?: IdsInScopeOptions };

/**
 * Deny by default. A route is reachable only if it is marked `@Public()` or declares
 * `@Access(...roles)` / `@SignedIn()`. For the latter: a valid session (401 otherwise), the
 * session's own CSRF token on writes, and one of the roles over the resource the route names
 * (403 if the resource is visible to the user, 404 if not: existence does not leak).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly scopes: ScopeResolvers,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const rule = this.ruleOf(targets);
    const req = context
      .switchToHttp()
      .getRequest<FastifyRequest & AuthenticatedRequest & { actorId?: string }>();
    if (!rule) {
      logger.error(
        { path: req.routeOptions.url, method: req.method },
        'route has no access rule; refused',
      );
      throw new ForbiddenError(AuthErrorCode.ACCESS_RULE_MISSING, 'this route has no access rule');
    }

    const token = readCookie(req, cookieNames(this.config.cookieSecure).session);
    await this.authorise(req, rule, token);
    return true;
  }

  /** The route's access rule, with the ids it names in its body and query (`@IdsInScope`). */
  private ruleOf(targets: Parameters<Reflector['getAllAndOverride']>[1]): ScopedRule | undefined {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, targets);
    const ids = this.reflector.getAllAndOverride<IdsInScopeOptions | undefined>(
      IDS_IN_SCOPE_KEY,
      targets,
    );
    return rule && ids ? { ...rule, ids } : rule;
  }

  /**
   * The full check: sets the request's actor and scope, or throws 401, 403 or 404 (or 400 for
   * a malformed id, once the caller is known to be signed in).
   */
  private async authorise(
    req: FastifyRequest & AuthenticatedRequest & { actorId?: string },
    rule: ScopedRule,
    token: string | undefined,
  ): Promise<Actor> {
    // The session and the scope of the resource the route names: one round trip. A malformed
    // id is reported (400) only once the caller is known to be signed in.
    let lookup: ScopeLookup | null = null;
    let malformed: unknown = null;
    if (rule.roles !== 'signed-in') {
      try {
        lookup = this.scopes.lookup(req.params as Record<string, string>);
      } catch (err) {
        malformed = err;
      }
    }
    const { session, also } = token
      ? await this.sessions.authenticate<ScopeRow>(
          token,
          lookup ? { sql: lookup.sql, id: lookup.id } : undefined,
        )
      : { session: null, also: null };
    if (!session) throw new UnauthorizedError(AuthErrorCode.NOT_SIGNED_IN, 'sign in to continue');
    if (!SAFE.has(req.method) && !tokensEqual(readHeader(req, 'x-csrf-token'), session.csrfToken)) {
      throw new ForbiddenError(
        AuthErrorCode.CSRF_TOKEN_INVALID,
        'CSRF token does not belong to this session',
      );
    }
    req.actor = session.actor;
    req.actorId = session.actor.userId;
    if (rule.roles === 'signed-in') return session.actor;
    // Until a short password is changed, only the routes about oneself (`@SignedIn`) answer.
    if (session.passwordChangeRequired) {
      throw new ForbiddenError(
        AuthErrorCode.PASSWORD_CHANGE_REQUIRED,
        'change your password before going on',
      );
    }
    if (malformed) throw malformed;

    const scope = lookup ? this.scopes.scopeOf(lookup, also) : null;
    req.scope = scope;
    if (rule.roles === 'own') {
      // Someone else's is answered as one that does not exist.
      if (!lookup || scope?.userId !== session.actor.userId)
        throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, lookup?.label);
      return session.actor;
    }
    this.enforce(decide(session.actor, rule.roles, scope), rule.roles);
    // Every other id in the path is checked the same way: none is taken on trust.
    for (const further of this.scopes.furtherLookups(req.params as Record<string, string>)) {
      const furtherScope = await this.scopes.scopeOfLookup(further);
      this.enforce(decide(session.actor, rule.roles, furtherScope), rule.roles);
    }
    if (rule.ids) {
      // Only now, with the caller let in, is the body parsed for the ids it names.
      await this.scopes.checkInside(scope, rule.ids, { body: parsedBody(req), query: req.query });
    }
    return session.actor;
  }

  private enforce(decision: AccessDecision, roles: readonly Role[]): void {
    if (decision === 'hidden')
      throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'resource');
    if (decision === 'draft') {
      throw new ForbiddenError(
        AuthErrorCode.AUDIT_NOT_SUBMITTED_YET,
        'this audit has not been submitted yet; the board sees it once it is',
      );
    }
    if (decision === 'forbidden')
      throw new ForbiddenError(
        AuthErrorCode.ROLE_REQUIRED,
        `needs one of these roles: ${roles.join(', ')}`,
      );
  }
}
