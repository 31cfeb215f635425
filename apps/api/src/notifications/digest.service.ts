import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { t } from '@pies/i18n';
import { DEFAULT_DIGEST_HOUR, londonHour, type NotificationKind } from '@pies/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import { queryRow, queryRows, run } from '../database/typed-query';
import { MailOutbox } from '../mail/mail-outbox';
import { Notifier, unsubscribeApiPath, unsubscribePagePath } from './notifier';

export const DIGEST_QUEUE = 'notification-digest';

/**
 * The daily digest (README.md): on the hour, everyone whose digest hour (London) it is gets one
 * mail of their notices waiting for a digest, and those notices are marked with it in the same
 * transaction, so each goes in one digest only, whichever process runs the hour.
 */
@Injectable()
export class DigestService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: MailOutbox,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /** Sends the digests of the clock's London hour; returns how many were written. */
  async sendDue(): Promise<number> {
    const hour = londonHour(this.clock.now());
    const people = await queryRows<{ userId: string }>(
      this.db,
      `SELECT DISTINCT n.user_id AS "userId"
         FROM notifications n LEFT JOIN notification_settings s ON s.user_id = n.user_id
        WHERE n.delivery = 'digest' AND n.mail_id IS NULL AND coalesce(s.digest_hour, $2) = $1`,
      [hour, DEFAULT_DIGEST_HOUR],
    );
    let sent = 0;
    for (const { userId } of people) if (await this.sendOne(userId)) sent++;
    return sent;
  }

  private sendOne(userId: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      // Another process on the same hour skips what this one holds.
      const waiting = await queryRows<{
        id: string;
        kind: NotificationKind;
        title: string;
        partnershipId: string;
      }>(
        tx,
        `SELECT id, kind, title, partnership_id AS "partnershipId" FROM notifications
          WHERE user_id = $1 AND delivery = 'digest' AND mail_id IS NULL
          ORDER BY created_at, id FOR UPDATE SKIP LOCKED`,
        [userId],
      );
      const person = await queryRow<{ email: string }>(
        tx,
        'SELECT email FROM users WHERE id = $1 AND disabled_at IS NULL',
        [userId],
      );
      if (waiting.length === 0 || !person) return false;
      const now = this.clock.now();
      const kinds = [...new Set(waiting.map((n) => n.kind))];
      const token = await this.notifier.unsubscribeToken(tx, userId, kinds, now);
      const partnerships = new Set(waiting.map((n) => n.partnershipId));
      const mailId = await this.outbox.enqueue(tx, {
        to: person.email,
        template: 'notification-digest',
        params: {
          path: '/notifications',
          count: String(waiting.length),
          items: waiting.map((n) => `- ${n.title}`).join('\n'),
          kindName: kinds.map((k) => t(`notifications.kinds.${k}` as never)).join('; '),
          unsubscribeLink: this.config.publicUrl + unsubscribePagePath(token),
        },
        partnershipId: partnerships.size === 1 ? [...partnerships][0] : null,
        userId,
        unsubscribePath: unsubscribeApiPath(token),
      });
      await run(tx, 'UPDATE notifications SET mail_id = $2 WHERE id = ANY($1::uuid[])', [
        waiting.map((n) => n.id),
        mailId,
      ]);
      return true;
    });
  }
}
