import {
  type AuditEvent,
  type AuditStatus,
  canTransition,
  isEditable,
  transition,
} from '@pies/domain';
import type { EntityManager } from 'typeorm';
import { recordEvent } from '../audit-trail/audit-trail';
import { refreshSummaries } from '../dashboards/summary';
import { ConflictError, NotFoundError } from '../common/errors/domain-errors';
import { CommonErrorCode } from '../common/errors/common.errors';
import { AuditErrorCode } from './audits.errors';
import { queryRow, run } from '../database/typed-query';

export interface LockedAudit {
  id: string;
  status: AuditStatus;
  organisationId: string;
  cycleId: string;
  frameworkVersionId: string;
}

/** Audit `$1` as a LockedAudit, locked FOR UPDATE. */
export const LOCK_AUDIT_SQL = `SELECT a.id, a.status, a.organisation_id AS "organisationId", a.cycle_id AS "cycleId",
            c.framework_version_id AS "frameworkVersionId"
       FROM audits a JOIN cycles c ON c.id = a.cycle_id WHERE a.id = $1 FOR UPDATE OF a`;

/** Loads an audit FOR UPDATE: writes to one audit are serialised by this row lock. */
export async function lockAudit(tx: EntityManager, auditId: string): Promise<LockedAudit> {
  const locked = await queryRow<LockedAudit>(tx, LOCK_AUDIT_SQL, [auditId]);
  if (!locked) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'audit');
  return locked;
}

/** 409 for a change to an audit that is submitted or accepted. */
export function lockedError(status: AuditStatus): ConflictError {
  return new ConflictError(
    AuditErrorCode.AUDIT_LOCKED,
    `audit is ${status}: it cannot change${status === 'submitted' ? ' unless the board returns it' : ''}`,
    { status },
  );
}

/**
 * Refuses writes to a submitted or accepted audit (409), and moves a returned audit back to
 * in progress on its first change, at `at` (the clock's time).
 */
export async function prepareForEdit(
  tx: EntityManager,
  audit: LockedAudit,
  actorId: string,
  at: Date,
): Promise<void> {
  if (!isEditable(audit.status)) throw lockedError(audit.status);
  if (audit.status === 'returned') await moveTo(tx, audit, 'edit', actorId, at);
}

const EVENT_KIND = {
  start: 'audit.started',
  submit: 'audit.submitted',
  return: 'audit.returned',
  accept: 'audit.accepted',
  edit: 'audit.reopened',
} as const;

/** 409 naming the current state when the event is not allowed from it. */
export function assertCan(audit: LockedAudit, event: AuditEvent): void {
  if (!canTransition(audit.status, event)) transitionOrConflict(audit.status, event);
}

function transitionOrConflict(from: AuditStatus, event: AuditEvent): AuditStatus {
  try {
    return transition(from, event);
  } catch (err) {
    throw new ConflictError(AuditErrorCode.AUDIT_TRANSITION_NOT_ALLOWED, (err as Error).message, {
      status: from,
    });
  }
}

/**
 * Applies a state-machine event at `at` (the clock's time: acceptance dates decide compliance),
 * stamping dates and writing the audit event.
 */
export async function moveTo(
  tx: EntityManager,
  audit: LockedAudit,
  event: AuditEvent,
  actorId: string,
  at: Date,
  extra: { reason?: string; after?: Record<string, unknown> } = {},
): Promise<AuditStatus> {
  const to = transitionOrConflict(audit.status, event);
  const stamp: Record<string, string> = {
    start: 'started_at = $3',
    submit: 'submitted_at = $3',
    return: 'returned_at = $3, return_reason = $4',
    accept: 'accepted_at = $3',
    edit: '',
  };
  await run(
    tx,
    `UPDATE audits SET status = $2, ${stamp[event] ? `${stamp[event]}, ` : ''}updated_at = $3 WHERE id = $1`,
    event === 'return' ? [audit.id, to, at, extra.reason] : [audit.id, to, at],
  );
  await recordEvent(tx, {
    auditId: audit.id,
    actorId,
    kind: EVENT_KIND[event],
    at,
    before: { status: audit.status },
    after: { status: to, ...(extra.reason ? { reason: extra.reason } : {}), ...extra.after },
  });
  audit.status = to;
  // The board's figures count submitted, returned and accepted audits: keep their summaries
  // (scores from libs/scoring, indicator statistics) current in this transaction.
  if (event !== 'start') await refreshSummaries(tx, audit, at);
  return to;
}
