import { PARTNERSHIP_ROLES, holdsAny } from '@pies/domain';
import { type SchemaCycleDto, unwrap } from '@pies/api-client';
import { api } from '../../api/client';
import type { Me } from '../../auth/session';
import { formatList } from '../format';

/** The partnerships whose cycles this user can list (their partnership roles). */
const partnershipsOf = (me: Me) => [
  ...new Set(
    me.memberships
      .filter((m) => holdsAny([m.role], PARTNERSHIP_ROLES))
      .map((m) => m.partnershipId)
      .filter((id): id is string => Boolean(id)),
  ),
];

/**
 * The user's partnerships' cycles by the framework version they use: which versions are in use
 * (a version no cycle uses affects nobody). A partnership whose cycles cannot be read is left out;
 * null for a user with no partnership role.
 */
export async function cyclesByVersion(me: Me): Promise<Map<string, SchemaCycleDto[]> | null> {
  const partnerships = partnershipsOf(me);
  if (partnerships.length === 0) return null; // e.g. a platform admin: no cycles of their own
  const lists = await Promise.all(
    partnerships.map((partnershipId) =>
      unwrap(
        api.GET('/api/partnerships/{partnershipId}/cycles', {
          params: { path: { partnershipId } },
        }),
      ).catch(() => [] as SchemaCycleDto[]),
    ),
  );
  const byVersion = new Map<string, SchemaCycleDto[]>();
  for (const cycle of lists.flat()) {
    byVersion.set(cycle.frameworkVersionId, [
      ...(byVersion.get(cycle.frameworkVersionId) ?? []),
      cycle,
    ]);
  }
  return byVersion;
}

/** "Used by the 2025-27 cycle", "Used by the 2025-27 and 2023-25 cycles", "Not used by a cycle" */
export function usedByText(cycles: SchemaCycleDto[] | undefined): string {
  if (!cycles || cycles.length === 0) return 'Not used by any of your cycles';
  const names = cycles.map((c) => c.name);
  return `Used by the ${formatList(names)} ${names.length === 1 ? 'cycle' : 'cycles'}`;
}
