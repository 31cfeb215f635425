import type { EntityManager } from 'typeorm';
import { run } from '../database/typed-query';

export interface AuditEventInput {
  auditId: string;
  actorId: string | null;
  kind: string;
  subject?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Writes an audit event with the caller's transaction manager, so the event and the change it
 * records commit or roll back together. Every mutation of audit data goes through here.
 */
export async function recordEvent(tx: EntityManager, e: AuditEventInput): Promise<void> {
  await run(tx, AUDIT_EVENT_SQL, eventParams(e));
}

export const AUDIT_EVENT_SQL = `INSERT INTO audit_events (audit_id, actor_id, kind, subject, before, after) VALUES ($1, $2, $3, $4, $5, $6)`;

/** AUDIT_EVENT_SQL's parameters for an event. */
export const eventParams = (e: AuditEventInput) => [
  e.auditId,
  e.actorId,
  e.kind,
  e.subject ?? null,
  json(e.before),
  json(e.after),
];

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
