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
import type { ResourceScope } from './resource-scope';

export const ACCESS_KEY = 'pies:access';
export const PUBLIC_KEY = 'pies:public';

export interface AccessRule {
  /**
   * 'signed-in': any signed-in user, whatever roles they hold; 'own': only the person the
   * resource named in the path belongs to.
   */
  roles: readonly Role[] | 'signed-in' | 'own';
}

/** The access rule, and in OpenAPI the session cookie and the 401 without one. */
const signedIn = (rule: AccessRule) => [
  SetMetadata(ACCESS_KEY, rule),
  ApiCookieAuth('session'),
  ApiUnauthorizedResponse({ description: 'Not signed in, or the session has expired.' }),
];

/** Marks a route as open to anyone, signed in or not. Every other route needs `@Access`. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * Declares who may call a route: one of these roles, held over the resource named by the
 * route's parameters (declared in scope-registry.ts). Also documents the security in OpenAPI.
 */
export function Access(...roles: Role[]) {
  return applyDecorators(
    ...signedIn({ roles }),
    ApiSecurity('csrf'),
    ApiForbiddenResponse({ description: `Needs one of: ${roles.join(', ')}.` }),
    ApiNotFoundResponse({ description: 'No such resource, or not visible to you.' }),
  );
}

/** Any signed-in user (e.g. reading their own profile). */
export function SignedIn() {
  return applyDecorators(...signedIn({ roles: 'signed-in' }));
}

/**
 * Only the person the resource named in the path belongs to (its scope's `user_id`), whatever
 * roles they hold: their own invitation. To anyone else it does not exist (404).
 */
export function Own() {
  return applyDecorators(
    ...signedIn({ roles: 'own' }),
    ApiSecurity('csrf'),
    ApiNotFoundResponse({ description: 'No such resource, or not yours.' }),
  );
}

export const CSRF_EXEMPT_KEY = 'pies:csrf-exempt';

/**
 * A public route that a mail client calls with no cookie or header of ours (RFC 8058 one-click
 * unsubscribe): the credential is the link in its path, so the CSRF check does not apply. Only
 * on a route that is also @Public (the CSRF guard honours it nowhere else).
 */
export const CsrfExempt = () => SetMetadata(CSRF_EXEMPT_KEY, true);

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
}

/** The signed-in actor (set by the access guard). */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a route without @Access');
  return actor;
});
