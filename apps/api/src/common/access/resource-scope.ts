import { ORGANISATION_ROLES, type Role } from '@pies/domain';
import type { Actor } from './actor';

/** Where a resource lives: the partnerships it belongs to and, if any, its organisation. */
export interface ResourceScope {
  partnershipIds: string[];
  organisationId?: string;
  /** Set for an audit (or something in one) that has not been submitted: agency eyes only. */
  draft?: boolean;
  /** The person it belongs to, if it is someone's own (an invitation). */
  userId?: string;
}

/**
 * The roles an actor holds over a resource.
 * - A partnership role applies to everything in that partnership.
 * - An organisation role applies to that organisation, and to the partnerships it belongs
 *   to when the resource is the partnership itself (not another organisation in it).
 * - The platform admin role applies everywhere.
 */
export function rolesOver(actor: Actor, scope: ResourceScope | null): Set<Role> {
  const roles = new Set<Role>();
  for (const m of actor.memberships) {
    if (m.role === 'platform_admin') roles.add(m.role);
    else if (scope === null) roles.add(m.role);
    else if (m.partnershipId && scope.partnershipIds.includes(m.partnershipId)) roles.add(m.role);
    else if (m.organisationId) {
      if (scope.organisationId === m.organisationId) roles.add(m.role);
      else if (
        scope.organisationId === undefined &&
        m.organisationPartnershipIds.some((p) => scope.partnershipIds.includes(p))
      ) {
        roles.add(m.role);
      }
    }
  }
  return roles;
}

export type AccessDecision = 'allow' | 'forbidden' | 'hidden' | 'draft';

/**
 * Allow when the actor holds one of the route's roles over the resource. Otherwise: if they
 * hold some other role there, the resource is visible to them (403); if not, it does not
 * exist as far as they can tell (404).
 */
export function decide(
  actor: Actor,
  allowed: readonly Role[],
  scope: ResourceScope | null,
): AccessDecision {
  const held = rolesOver(actor, scope);
  const granted = allowed.filter((r) => held.has(r));
  if (granted.length > 0) {
    // A draft audit is the agency's own work in progress: board and admin roles wait for it.
    const agency = granted.some((r) => (ORGANISATION_ROLES as readonly Role[]).includes(r));
    return scope?.draft && !agency ? 'draft' : 'allow';
  }
  return scope === null || held.size > 0 ? 'forbidden' : 'hidden';
}

/**
 * Where an id named in a body or query lives: the partnerships and organisations it belongs
 * to (a person: every one they hold a role in).
 */
export interface IdPlace {
  partnershipIds: string[];
  organisationIds: string[];
}

/**
 * Whether an id named in a body or query lies inside the route's resource: inside an
 * organisation (or something of one, like an audit) when it belongs to that organisation;
 * inside a partnership when it belongs to it, directly or through one of its organisations.
 * A global resource (a framework version) lies inside every one.
 */
export function liesInside(route: ResourceScope, place: IdPlace | 'global'): boolean {
  if (place === 'global') return true;
  if (route.organisationId !== undefined)
    return place.organisationIds.includes(route.organisationId);
  return place.partnershipIds.some((p) => route.partnershipIds.includes(p));
}
