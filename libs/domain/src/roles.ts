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

export type PartnershipRole = (typeof PARTNERSHIP_ROLES)[number];
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
