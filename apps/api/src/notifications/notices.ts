import type { Reminder } from '@pies/domain';
import type { EntityManager } from 'typeorm';
import { auditOccasionValues, boardOf, leadsOf, type Occasion } from './notifier';

/** Who is told of an occasion, and the occasion: what `Notifier.notify` takes. */
export interface Notice {
  userIds: string[];
  occasion: Occasion;
}

/**
 * The notices about an audit, each built in this one place: who hears of it and the occasion's
 * key (unique to what happened, so telling it again writes nothing). The services that make
 * these things happen send them, and so does the demo's replay of its history.
 */
export const notices = {
  /** Its cycle opened: to the organisation's leads. */
  async cycleOpened(tx: EntityManager, cycleId: string, auditId: string): Promise<Notice> {
    const { organisationId, partnershipId, values } = await auditOccasionValues(tx, auditId);
    return {
      userIds: await leadsOf(tx, organisationId),
      occasion: {
        kind: 'cycle_opened',
        occasion: `cycle:${cycleId}`,
        partnershipId,
        path: `/audits/${auditId}`,
        values,
      },
    };
  },

  /** A reminder of the due date, before it or once overdue (`reminderOn`): to the leads. */
  async reminder(
    tx: EntityManager,
    auditId: string,
    dueOn: string,
    reminder: Reminder,
  ): Promise<Notice> {
    const { organisationId, partnershipId, values } = await auditOccasionValues(tx, auditId);
    return {
      userIds: await leadsOf(tx, organisationId),
      occasion: {
        kind: reminder.kind,
        occasion: `audit:${auditId}:${reminder.kind}:${dueOn}:${reminder.days}`,
        partnershipId,
        path: `/audits/${auditId}`,
        values: { ...values, days: String(reminder.days) },
      },
    };
  },

  /** Submitted at `at`: to the partnership's board. */
  async submitted(tx: EntityManager, auditId: string, at: Date): Promise<Notice> {
    const { partnershipId, values } = await auditOccasionValues(tx, auditId);
    return {
      userIds: await boardOf(tx, partnershipId),
      occasion: {
        kind: 'audit_submitted',
        occasion: `audit:${auditId}:audit_submitted:${at.toISOString()}`,
        partnershipId,
        path: `/audits/${auditId}/review`,
        values,
      },
    };
  },

  /** The board's decision at `at`, returned or accepted: to the leads. */
  async decided(
    tx: EntityManager,
    auditId: string,
    kind: 'audit_returned' | 'audit_accepted',
    at: Date,
  ): Promise<Notice> {
    const { organisationId, partnershipId, values } = await auditOccasionValues(tx, auditId);
    return {
      userIds: await leadsOf(tx, organisationId),
      occasion: {
        kind,
        occasion: `audit:${auditId}:${kind}:${at.toISOString()}`,
        partnershipId,
        path: `/audits/${auditId}`,
        values,
      },
    };
  },
};
