import { Inject, Injectable } from '@nestjs/common';
import { t } from '@pies/i18n';
import { DEFAULT_DELIVERY, type NotificationDelivery, type NotificationKind } from '@pies/domain';
import type { EntityManager } from 'typeorm';
import { newLink } from '../auth/account-links';
import { Clock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import { queryRow, queryRows, run } from '../database/typed-query';
import { MailOutbox } from '../mail/mail-outbox';
import { GRANTED_MEMBERSHIPS } from '../users/granted-memberships.sql';

/** One occasion to tell people of (see README.md). */
export interface Occasion {
  kind: NotificationKind;
  /** What happened, as a key unique to the occasion: `cycle:<id>`, `audit:<id>:returned:<instant>`. */
  occasion: string;
  partnershipId: string;
  /** The app page it is about. */
  path: string;
  /** The values the kind's words name (notifications.<kind> in @pies/i18n). */
  values: Record<string, string>;
  /** When it happened: now, unless told of later (the demo's replay of its history). */
  at?: Date;
}

/** The path of a one-click unsubscribe link: the API's (mail clients POST) and the app's page. */
export const unsubscribeApiPath = (token: string) => `/api/unsubscribe/${token}`;
export const unsubscribePagePath = (token: string) => `/unsubscribe/${token}`;

/**
 * Writes notices, in the transaction of the change they tell of: one per person and occasion
 * (a unique key, so a second process, a retried job or a day run twice writes nothing new), and
 * for those who want this kind at once, its mail in the same transaction (the outbox), with a
 * one-click unsubscribe link of its own. A digest's notices wait for the digest's hour.
 */
@Injectable()
export class Notifier {
  constructor(
    private readonly outbox: MailOutbox,
    private readonly clock: Clock,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /** Tells each of `userIds` (deactivated accounts skipped) of the occasion, once. */
  async notify(tx: EntityManager, userIds: readonly string[], o: Occasion): Promise<void> {
    if (userIds.length === 0) return;
    const title = t(`notifications.${o.kind}.title` as never, o.values);
    const detail = t(`notifications.${o.kind}.detail` as never, o.values);
    const now = o.at ?? this.clock.now();
    const written = await queryRows<{
      id: string;
      userId: string;
      email: string;
      delivery: NotificationDelivery;
    }>(
      tx,
      `INSERT INTO notifications (user_id, partnership_id, kind, occasion, title, detail, path, delivery, created_at)
       SELECT u.id, $2, $3, $4, $5, $6, $7, coalesce(p.delivery, $8), $9
         FROM users u
         LEFT JOIN notification_preferences p ON p.user_id = u.id AND p.kind = $3
        WHERE u.id = ANY($1::uuid[]) AND u.disabled_at IS NULL
       ON CONFLICT ON CONSTRAINT notifications_occasion_unique DO NOTHING
       RETURNING id, user_id AS "userId", delivery,
                 (SELECT email FROM users WHERE id = user_id) AS email`,
      [
        [...new Set(userIds)],
        o.partnershipId,
        o.kind,
        o.occasion,
        title,
        detail,
        o.path,
        DEFAULT_DELIVERY[o.kind],
        now,
      ],
    );
    for (const n of written.filter((w) => w.delivery === 'immediate')) {
      const token = await this.unsubscribeToken(tx, n.userId, [o.kind], now);
      const mailId = await this.outbox.enqueue(tx, {
        to: n.email,
        template: 'notification',
        params: {
          path: o.path,
          title,
          detail,
          action: t(`notifications.${o.kind}.action` as never),
          kindName: t(`notifications.kinds.${o.kind}` as never),
          unsubscribeLink: this.config.publicUrl + unsubscribePagePath(token),
        },
        partnershipId: o.partnershipId,
        userId: n.userId,
        unsubscribePath: unsubscribeApiPath(token),
        at: now,
      });
      await run(tx, 'UPDATE notifications SET mail_id = $2 WHERE id = $1', [n.id, mailId]);
    }
  }

  /** A one-click unsubscribe link for these kinds of the person's mail (stored hashed). */
  async unsubscribeToken(
    tx: EntityManager,
    userId: string,
    kinds: readonly NotificationKind[],
    now: Date,
  ): Promise<string> {
    const link = newLink();
    await run(
      tx,
      `INSERT INTO unsubscribe_tokens (id, user_id, kinds, verifier, created_at) VALUES ($1, $2, $3, $4, $5)`,
      [link.id, userId, kinds, link.verifier, now],
    );
    return link.token;
  }
}

/** The agency leads of an organisation, the people told of its audit. */
export async function leadsOf(tx: EntityManager, organisationId: string): Promise<string[]> {
  const rows = await queryRows<{ userId: string }>(
    tx,
    `SELECT DISTINCT m.user_id AS "userId" FROM ${GRANTED_MEMBERSHIPS} m
      WHERE m.organisation_id = $1 AND m.role = 'agency_lead'`,
    [organisationId],
  );
  return rows.map((r) => r.userId);
}

/** The board members of a partnership, the people told of its submissions. */
export async function boardOf(tx: EntityManager, partnershipId: string): Promise<string[]> {
  const rows = await queryRows<{ userId: string }>(
    tx,
    `SELECT DISTINCT m.user_id AS "userId" FROM ${GRANTED_MEMBERSHIPS} m
      WHERE m.partnership_id = $1 AND m.role = 'board_member'`,
    [partnershipId],
  );
  return rows.map((r) => r.userId);
}

/** What the words of a notice about an audit name: its organisation, cycle and partnership. */
export async function auditOccasionValues(
  tx: EntityManager,
  auditId: string,
): Promise<{ organisationId: string; partnershipId: string; values: Record<string, string> }> {
  const row = await queryRow<{
    organisationId: string;
    partnershipId: string;
    organisation: string;
    cycle: string;
    partnership: string;
    dueOn: string;
  }>(
    tx,
    `SELECT a.organisation_id AS "organisationId", c.partnership_id AS "partnershipId",
            o.name AS organisation, c.name AS cycle, p.name AS partnership,
            to_char(c.due_on, 'FMDD FMMonth YYYY') AS "dueOn"
       FROM audits a JOIN organisations o ON o.id = a.organisation_id
       JOIN cycles c ON c.id = a.cycle_id JOIN partnerships p ON p.id = c.partnership_id
      WHERE a.id = $1`,
    [auditId],
  );
  if (!row) throw new Error(`audit ${auditId} not found for its notice`);
  const { organisationId, partnershipId, ...values } = row;
  return { organisationId, partnershipId, values };
}

/** A person's name as a notice gives it ("{{assigner}} has assigned you…"); '' if they are gone. */
export async function personName(tx: EntityManager, userId: string): Promise<string> {
  return (
    (await queryRow<{ name: string }>(tx, 'SELECT name FROM users WHERE id = $1', [userId]))
      ?.name ?? ''
  );
}
