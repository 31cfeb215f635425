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

const EVENT_COLUMNS = 'audit_id, person_id, actor_id, kind, subject, before, after, at';

/** `$from` to `$from + 7`: an event's eight parameters (eventParams) when they start at `$from`. */
const eventPlaceholders = (from: number) =>
  Array.from({ length: 8 }, (_, i) => `$${from + i}`).join(', ');

export const AUDIT_EVENT_SQL = `INSERT INTO audit_events (${EVENT_COLUMNS}) VALUES (${eventPlaceholders(1)})`;

/**
 * The event's INSERT as a step of a larger statement (a data-modifying CTE), made once for each
 * row of `source`, with eventParams from `$from` on: a change and its event in one round trip.
 */
export const eventForEachRow = (source: string, from: number) =>
  `INSERT INTO audit_events (${EVENT_COLUMNS}) SELECT ${eventPlaceholders(from)} FROM ${source}`;

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
