import type { Role } from '@pies/domain';
import type { Me } from './session';

export type Membership = Me['memberships'][number];

export const isPlatformAdmin = (me: Me) => me.memberships.some((m) => m.role === 'platform_admin');

/** Roles the user holds in this partnership (platform admins act as its admins). */
export function rolesInPartnership(me: Me, partnershipId: string): Set<Role> {
  const roles = new Set<Role>(
    me.memberships.filter((m) => m.partnershipId === partnershipId).map((m) => m.role),
  );
  if (isPlatformAdmin(me)) roles.add('partnership_admin');
  return roles;
}

export const canManagePartnership = (me: Me, partnershipId: string) =>
  rolesInPartnership(me, partnershipId).has('partnership_admin');

/** Roles over an organisation: its own (lead/contributor) and those of its partnerships. */
export function rolesOverOrganisation(
  me: Me,
  organisation: { id: string; partnershipIds: string[] },
): Set<Role> {
  const roles = new Set<Role>();
  for (const m of me.memberships) {
    if (m.organisationId === organisation.id) roles.add(m.role);
    if (m.partnershipId && organisation.partnershipIds.includes(m.partnershipId)) roles.add(m.role);
    if (m.role === 'platform_admin') roles.add('platform_admin');
  }
  return roles;
}

export interface Destination {
  to: string;
  /** e.g. "Demo Safeguarding Children Partnership" */
  label: string;
}

/** Where a membership's work is: its partnership, its organisation, or all partnerships. */
export function destinationOf(m: Membership): Destination | null {
  if (m.role === 'platform_admin') return { to: '/partnerships', label: 'All partnerships' };
  if (m.partnershipId)
    return { to: `/partnerships/${m.partnershipId}`, label: m.partnershipName ?? 'Partnership' };
  if (m.organisationId)
    return {
      to: `/organisations/${m.organisationId}`,
      label: m.organisationName ?? 'Organisation',
    };
  return null;
}

/** Distinct places the user works in, in the order of their memberships. */
export function destinations(me: Me): Destination[] {
  const seen = new Map<string, Destination>();
  for (const m of me.memberships) {
    const d = destinationOf(m);
    if (d && !seen.has(d.to)) seen.set(d.to, d);
  }
  return [...seen.values()];
}

/**
 * After signing in: straight to the one place the user works in, else the home page. A person who
 * only contributes lands on their assigned work (my-work finds it), not the organisation page.
 */
export function landingPath(me: Me): string {
  const all = destinations(me);
  if (all.length !== 1) return '/';
  const contributorOnly = me.memberships.every((m) => m.role === 'agency_contributor');
  return contributorOnly ? '/my-work' : all[0].to;
}
