import type { Role } from '@pies/domain';

export interface ActorMembership {
  id: string;
  role: Role;
  partnershipId: string | null;
  organisationId: string | null;
  /** For an organisation membership: the partnerships the organisation belongs to. */
  organisationPartnershipIds: string[];
}

/** The signed-in user making a request, with every role they hold. */
export class Actor {
  constructor(
    readonly userId: string,
    readonly email: string,
    readonly name: string,
    readonly sessionId: string,
    readonly memberships: ActorMembership[],
    /** The session's CSRF token, which writes must carry in X-CSRF-Token. */
    readonly csrfToken: string,
  ) {}

  get isPlatformAdmin(): boolean {
    return this.memberships.some((m) => m.role === 'platform_admin');
  }

  /** Partnerships the user belongs to directly or through an organisation. */
  get partnershipIds(): string[] {
    const ids = new Set<string>();
    for (const m of this.memberships) {
      if (m.partnershipId) ids.add(m.partnershipId);
      for (const p of m.organisationPartnershipIds) ids.add(p);
    }
    return [...ids];
  }

  organisationRoles(organisationId: string): Role[] {
    return this.memberships.filter((m) => m.organisationId === organisationId).map((m) => m.role);
  }
}
