/**
 * An improvement action's rules as SQL conditions on the actions row `ac`, one home each. `today`
 * is the SQL for the clock's London date (a query parameter such as `$2`): never the database's.
 */
import { CLOSED_ACTION_STATUSES } from '@pies/domain';
import { oneOfSql } from '../audits/audit-rules.sql';

/** The status `status` (a column or a parameter such as `$5`) closes an action: done, or dropped. */
export const closingStatusSql = (status: string) => oneOfSql(status, CLOSED_ACTION_STATUSES);

/** Closed: done, or dropped (with a reason). */
export const closedActionSql = (ac: string) => closingStatusSql(`${ac}.status`);

/** Neither done nor dropped: listed as open, and in every later audit's plan. */
export const openActionSql = (ac: string) => `NOT ${closedActionSql(ac)}`;

/** Open and past its due date: a done or dropped action is never overdue. */
export const overdueActionSql = (ac: string, today: string) =>
  `(${openActionSql(ac)} AND ${ac}.due_on < ${today}::date)`;

/** Done since its audit `a` was accepted: what the board sees of a plan carried out after review. */
export const doneSinceAcceptanceSql = (ac: string, a: string) =>
  `(${ac}.status = 'done' AND ${a}.accepted_at IS NOT NULL AND ${ac}.closed_at > ${a}.accepted_at)`;

/** The note given when the action `ac` was (last) marked done: its evidence of completion. */
export const doneNoteSql = (ac: string) =>
  `(SELECT u.note FROM action_updates u WHERE u.action_id = ${ac}.id AND u.status_after = 'done'
     ORDER BY u.at DESC LIMIT 1)`;

/** The order of an organisation's audits: by their cycle's opening, then when they were made. */
const auditOrderSql = (a: string) =>
  `((SELECT c.opens_on FROM cycles c WHERE c.id = ${a}.cycle_id), ${a}.created_at, ${a}.id)`;

/**
 * In the action plan of audit `a` (an audits row): raised in it; or the organisation's action
 * raised in an earlier audit (by cycle) that is still open, or was closed after `a` was started.
 * An action is one row however many plans show it: nothing is copied from cycle to cycle.
 */
export const actionPlanSql = (ac: string, a: string) =>
  `(${ac}.organisation_id = ${a}.organisation_id AND (${ac}.raised_in_audit_id = ${a}.id OR (
     (${openActionSql(ac)} OR ${ac}.closed_at >= ${a}.started_at)
     AND EXISTS (SELECT 1 FROM audits raised WHERE raised.id = ${ac}.raised_in_audit_id
                  AND ${auditOrderSql('raised')} < ${auditOrderSql(a)}))))`;

/** The owner's name: the person's when they have an account, else as written. */
export const actionOwnerSql = (ac: string) =>
  `COALESCE((SELECT ow.name FROM users ow WHERE ow.id = ${ac}.owner_id), ${ac}.owner)`;

/**
 * The audit an action lives in now, for action row `ac`: the organisation's latest audit (by
 * cycle) whose plan shows it. Its state decides what may change (a plan being written, or a
 * settled one).
 */
export const currentAuditSql = (ac: string) =>
  `(SELECT cur.id FROM audits cur WHERE ${actionPlanSql(ac, 'cur')}
     ORDER BY ${auditOrderSql('cur')} DESC LIMIT 1)`;
