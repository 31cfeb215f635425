import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiSecurity,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Role } from '@pies/domain';
import type { Actor } from './actor';
import type { DeferredAccess } from './deferred-access';
import type { ResourceScope } from './resource-scope';

export const ACCESS_KEY = 'pies:access';
export const PUBLIC_KEY = 'pies:public';
export const IN_STATEMENT_KEY = 'pies:access-in-statement';

export interface AccessRule {
  /** 'signed-in': any signed-in user, whatever roles they hold. */
  roles: readonly Role[] | 'signed-in';
}

/** Marks a route as open to anyone, signed in or not. Every other route needs `@Access`. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * Declares who may call a route: one of these roles, held over the resource named by the
 * route's parameters (declared in scope-registry.ts). Also documents the security in OpenAPI.
 */
export function Access(...roles: Role[]) {
  return applyDecorators(
    SetMetadata(ACCESS_KEY, { roles } satisfies AccessRule),
    ApiCookieAuth('session'),
    ApiSecurity('csrf'),
    ApiUnauthorizedResponse({ description: 'Not signed in, or the session has expired.' }),
    ApiForbiddenResponse({ description: `Needs one of: ${roles.join(', ')}.` }),
    ApiNotFoundResponse({ description: 'No such resource, or not visible to you.' }),
  );
}

/** Any signed-in user (e.g. reading their own profile). */
export function SignedIn() {
  return applyDecorators(
    SetMetadata(ACCESS_KEY, { roles: 'signed-in' } satisfies AccessRule),
    ApiCookieAuth('session'),
    ApiUnauthorizedResponse({ description: 'Not signed in, or the session has expired.' }),
  );
}

/**
 * With `@Access`: the handler checks the session, the CSRF token and the roles in its own
 * statement, saving a round trip on a hot route; the guard only checks what needs no database
 * and hands the handler a DeferredAccess (`@PendingAccess()`), whose rules the handler must
 * follow. The answers a client gets are the guard's, whichever way the check runs.
 */
export const AccessInStatement = () => SetMetadata(IN_STATEMENT_KEY, true);

/** Documents the CSRF header on a public state-changing route (login). */
export const CsrfHeader = () =>
  ApiHeader({
    name: 'X-CSRF-Token',
    required: true,
    description: 'Value of the pies_csrf cookie.',
  });

export interface AuthenticatedRequest {
  actor?: Actor;
  scope?: ResourceScope | null;
  /** Set instead of `actor` on an `@AccessInStatement` route. */
  access?: DeferredAccess;
}

/** The signed-in actor (set by the access guard). */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a route without @Access');
  return actor;
});

/** On an `@AccessInStatement` route: the access check the handler is to finish. */
export const PendingAccess = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): DeferredAccess => {
    const access = ctx.switchToHttp().getRequest<AuthenticatedRequest>().access;
    if (!access) throw new Error('PendingAccess used on a route without @AccessInStatement');
    return access;
  },
);
