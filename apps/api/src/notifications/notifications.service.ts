import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DEFAULT_DELIVERY,
  DEFAULT_DIGEST_HOUR,
  NOTIFICATION_DAYS_SHOWN,
  NOTIFICATION_KINDS,
  type NotificationDelivery,
  type NotificationKind,
} from '@pies/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { parseLink, verifierMatches } from '../auth/account-links';
import { Clock } from '../clock/clock';
import { invalidField } from '../common/errors/field-problems';
import { queryRow, queryRows, run } from '../database/typed-query';
import type {
  NotificationDto,
  NotificationListDto,
  NotificationPreferencesDto,
  UnsubscribeDto,
  UpdateNotificationPreferencesDto,
} from './dto/notification.dto';
import { NotificationProblemCode } from './notifications.errors';

/** A person's notices, their choices of how to get them, and one-click unsubscribing. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The person's notices of the last 90 days, newest first, and how many are unread. */
  async list(userId: string): Promise<NotificationListDto> {
    const since = new Date(this.clock.now().getTime() - NOTIFICATION_DAYS_SHOWN * 86_400_000);
    const items = await queryRows<NotificationDto>(
      this.db,
      `SELECT id, kind, title, detail, path, created_at AS "createdAt", read_at AS "readAt"
         FROM notifications WHERE user_id = $1 AND created_at >= $2
        ORDER BY created_at DESC, id LIMIT 500`,
      [userId, since],
    );
    return { unread: items.filter((n) => n.readAt === null).length, items };
  }

  /** Marks every notice of the person read. */
  async markAllRead(userId: string): Promise<void> {
    await run(
      this.db,
      'UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL',
      [userId, this.clock.now()],
    );
  }

  async preferences(userId: string, db: DataSource | EntityManager = this.db) {
    const [setting, rows] = await Promise.all([
      queryRow<{ digestHour: number }>(
        db,
        'SELECT digest_hour AS "digestHour" FROM notification_settings WHERE user_id = $1',
        [userId],
      ),
      queryRows<{ kind: NotificationKind; delivery: NotificationDelivery }>(
        db,
        'SELECT kind, delivery FROM notification_preferences WHERE user_id = $1',
        [userId],
      ),
    ]);
    const chosen = new Map(rows.map((r) => [r.kind, r.delivery]));
    return {
      digestHour: setting?.digestHour ?? DEFAULT_DIGEST_HOUR,
      kinds: NOTIFICATION_KINDS.map((kind) => ({
        kind,
        delivery: chosen.get(kind) ?? DEFAULT_DELIVERY[kind],
      })),
    } satisfies NotificationPreferencesDto;
  }

  async updatePreferences(
    userId: string,
    dto: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferencesDto> {
    return this.db.transaction(async (tx) => {
      if (dto.digestHour !== undefined)
        await run(
          tx,
          `INSERT INTO notification_settings (user_id, digest_hour) VALUES ($1, $2)
           ON CONFLICT (user_id) DO UPDATE SET digest_hour = EXCLUDED.digest_hour`,
          [userId, dto.digestHour],
        );
      for (const k of dto.kinds ?? []) await setDelivery(tx, userId, [k.kind], k.delivery);
      return this.preferences(userId, tx);
    });
  }

  /** What an unsubscribe link turns off, and whether it already is. */
  async unsubscribeLink(token: string): Promise<UnsubscribeDto> {
    const link = await this.findLink(this.db, token);
    const prefs = await this.preferences(link.userId);
    return { kinds: link.kinds, alreadyUnsubscribed: allOff(prefs.kinds, link.kinds) };
  }

  /**
   * One-click unsubscribe (RFC 8058): the link's kinds are turned off. A second use changes
   * nothing and says so (`alreadyUnsubscribed`).
   */
  async unsubscribe(token: string): Promise<UnsubscribeDto> {
    return this.db.transaction(async (tx) => {
      const link = await this.findLink(tx, token);
      const before = await this.preferences(link.userId, tx);
      await setDelivery(tx, link.userId, link.kinds, 'off');
      return { kinds: link.kinds, alreadyUnsubscribed: allOff(before.kinds, link.kinds) };
    });
  }

  /** A link this service sent, or a 400 naming the token: malformed, unknown and changed alike. */
  private async findLink(db: DataSource | EntityManager, token: string) {
    const parsed = parseLink(token);
    const row =
      parsed &&
      (await queryRow<{ userId: string; kinds: NotificationKind[]; verifier: string }>(
        db,
        'SELECT user_id AS "userId", kinds, verifier FROM unsubscribe_tokens WHERE id = $1',
        [parsed.id],
      ));
    if (!parsed || !row || !verifierMatches(row.verifier, parsed.secret))
      throw invalidField(
        'token',
        NotificationProblemCode.unsubscribeLinkInvalid,
        'token is not an unsubscribe link this service sent',
      );
    return row;
  }
}

const allOff = (
  prefs: { kind: NotificationKind; delivery: NotificationDelivery }[],
  kinds: readonly NotificationKind[],
) => kinds.every((k) => prefs.find((p) => p.kind === k)?.delivery === 'off');

const setDelivery = (
  tx: EntityManager,
  userId: string,
  kinds: readonly NotificationKind[],
  delivery: NotificationDelivery,
) =>
  run(
    tx,
    `INSERT INTO notification_preferences (user_id, kind, delivery)
     SELECT $1, k, $3 FROM unnest($2::text[]) AS k
     ON CONFLICT (user_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery`,
    [userId, kinds, delivery],
  );
