import { ADMIN_ROLES, holdsAny } from '@pies/domain';
import type { Me } from '../../auth/session';

/** Who may import framework versions: platform admins and any partnership's admins (the API decides). */
export const canImportFrameworks = (me: Me) =>
  me.memberships.some((m) => holdsAny([m.role], ADMIN_ROLES));

/** The path of one framework version's page. */
export const versionPath = (frameworkId: string, version: string) =>
  `/frameworks/${encodeURIComponent(frameworkId)}/versions/${encodeURIComponent(version)}`;

/** The diff between two versions of a framework. */
export const diffPath = (frameworkId: string, from: string, to: string) =>
  `/frameworks/${encodeURIComponent(frameworkId)}/diff?${new URLSearchParams({ from, to }).toString()}`;
