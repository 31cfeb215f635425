import type { EntityManager } from 'typeorm';
import { assignedTo } from '../audits/audit-permissions';
import type { Actor } from '../common/access/actor';
import { ForbiddenError } from '../common/errors/domain-errors';
import { ActionErrorCode } from './actions.errors';

/** What a person may change of an action: everything, its progress, or nothing. */
export const ACTION_RIGHTS = ['all', 'progress', 'none'] as const;
export type ActionRights = (typeof ACTION_RIGHTS)[number];

/** The fields only `all` may change: what the action is and who owns it. */
export const ACTION_PLAN_FIELDS = ['description', 'ownerId', 'owner'] as const;

/**
 * Who may change an action of organisation `organisationId` (as the audit's answers: a lead
 * anything, a contributor what is on an indicator assigned to them) and, whoever they are, its
 * owner its progress (status, due date, notes). An action on the audit as a whole is the leads'.
 * When the audit it lives in is `settled` (submitted or accepted) anyone's `all` is its progress:
 * the service refuses the rest with ACTION_PLAN_SETTLED, and the flag a reader gets says so.
 */
export function actionRights(
  actor: Actor,
  organisationId: string,
  assigned: (indicatorCode: string) => boolean,
  action: { indicatorCode: string | null; ownerId: string | null },
  settled = false,
): ActionRights {
  const isOwner = action.ownerId !== null && action.ownerId === actor.userId;
  const all =
    actor.organisationRoles(organisationId).includes('agency_lead') ||
    (action.indicatorCode !== null && assigned(action.indicatorCode));
  if (all) return settled ? 'progress' : 'all';
  return isOwner ? 'progress' : 'none';
}

/** The rights of the actor in audit `audit`'s plan, for each of its actions. */
export async function rightsIn(
  tx: EntityManager,
  actor: Actor,
  audit: { id: string; organisationId: string },
): Promise<
  (
    action: { indicatorCode: string | null; ownerId: string | null },
    settled?: boolean,
  ) => ActionRights
> {
  const assigned = actor.organisationRoles(audit.organisationId).length
    ? await assignedTo(tx, audit.id, actor.userId)
    : () => false;
  return (action, settled) => actionRights(actor, audit.organisationId, assigned, action, settled);
}

/**
 * Refuses a change the actor may not make (403 ACTION_NOT_YOURS): any with `none`, and with
 * `progress` one that touches `fields` beyond the progress.
 */
export function assertMayChange(rights: ActionRights, fields: readonly string[] = []): void {
  const planFields = fields.filter((f) => (ACTION_PLAN_FIELDS as readonly string[]).includes(f));
  if (rights === 'all' || (rights === 'progress' && planFields.length === 0)) return;
  throw new ForbiddenError(
    ActionErrorCode.ACTION_NOT_YOURS,
    rights === 'progress'
      ? 'as its owner you change its progress (status, due date and notes); ask your agency lead to change what it is or who owns it'
      : 'this action is on an indicator not assigned to you, and you do not own it; ask your agency lead',
    { rights, fields: planFields },
  );
}
