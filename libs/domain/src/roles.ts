/** Roles a user holds through a membership. */
export const ROLES = [
  'platform_admin',
  'partnership_admin',
  'board_member',
  'agency_lead',
  'agency_contributor',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles held within a partnership (the board and its business unit). */
export const PARTNERSHIP_ROLES = [
  'partnership_admin',
  'board_member',
] as const satisfies readonly Role[];
/** Roles held within an organisation (the agency completing the audit). */
export const ORGANISATION_ROLES = [
  'agency_lead',
  'agency_contributor',
] as const satisfies readonly Role[];

/** Roles that read the board's figures: dashboards, board reports, exports. */
export const BOARD_ROLES = [
  'platform_admin',
  'partnership_admin',
  'board_member',
] as const satisfies readonly Role[];
/** Roles that administer a partnership: its organisations, people and cycles. */
export const ADMIN_ROLES = [
  'platform_admin',
  'partnership_admin',
] as const satisfies readonly Role[];

/** Whether any of `held` is in the group. */
export function holdsAny(held: Iterable<string>, group: readonly Role[]): boolean {
  for (const role of held) if ((group as readonly string[]).includes(role)) return true;
  return false;
}

export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

/** Where a membership of this role is scoped. */
export function roleScope(role: Role): 'platform' | 'partnership' | 'organisation' {
  if (role === 'platform_admin') return 'platform';
  return (PARTNERSHIP_ROLES as readonly Role[]).includes(role) ? 'partnership' : 'organisation';
}

export const ROLE_LABELS: Record<Role, string> = {
  platform_admin: 'Platform administrator',
  partnership_admin: 'Partnership administrator',
  board_member: 'Board member',
  agency_lead: 'Agency lead',
  agency_contributor: 'Agency contributor',
};
