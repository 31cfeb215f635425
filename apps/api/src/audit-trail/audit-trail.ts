import type { EntityManager } from 'typeorm';
import { run } from '../database/typed-query';

export interface AuditEventInput {
  auditId: string;
  actorId: string | null;
  kind: string;
  subject?: string | null;
  before?: unknown;
  after?: unknown;
  /** When it happened: the clock's time, never the database's. */
  at: Date;
}

/** An event about a person's account or roles rather than an audit. */
export type PersonEventInput = Omit<AuditEventInput, 'auditId'> & { personId: string };

/**
 * Writes an audit event with the caller's transaction manager, so the event and the change it
 * records commit or roll back together. Every mutation of audit data goes through here.
 */
export async function recordEvent(tx: EntityManager, e: AuditEventInput): Promise<void> {
  await run(tx, AUDIT_EVENT_SQL, eventParams(e));
}

/**
 * The same trail for a change to a person's account or roles (a role changed or removed, an
 * account deactivated, a password changed), in the caller's transaction.
 */
export async function recordPersonEvent(tx: EntityManager, e: PersonEventInput): Promise<void> {
  await run(tx, AUDIT_EVENT_SQL, eventParams({ ...e, auditId: null }));
}

export const AUDIT_EVENT_SQL = `INSERT INTO audit_events (audit_id, person_id, actor_id, kind, subject, before, after, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`;

/** AUDIT_EVENT_SQL's parameters for an event. */
export const eventParams = (
  e: Omit<AuditEventInput, 'auditId'> & { auditId: string | null; personId?: string },
) => [
  e.auditId,
  e.personId ?? null,
  e.actorId,
  e.kind,
  e.subject ?? null,
  json(e.before),
  json(e.after),
  e.at,
];

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
