import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryRows } from '../database/typed-query';
import type { SentMailDto } from './dto/sent-mail.dto';

/** Messages a Sent mail page lists: the newest this many. */
export const SENT_MAIL_LIMIT = 100;

const COLUMNS = `id, partnership_id AS "partnershipId", to_address AS "to", template, subject,
  status, attempts, created_at AS "createdAt", sent_at AS "sentAt", last_error AS "lastError",
  text_body AS "textBody", html_body AS "htmlBody"`;

/** The outbox read back, newest first (only where mail is kept locally: SentMailModule). */
@Injectable()
export class SentMailService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every message (a platform admin's view). */
  all(): Promise<SentMailDto[]> {
    return queryRows<SentMailDto>(
      this.db,
      `SELECT ${COLUMNS} FROM mail_outbox ORDER BY created_at DESC, id DESC LIMIT $1`,
      [SENT_MAIL_LIMIT],
    );
  }

  /** The messages of one partnership. */
  ofPartnership(partnershipId: string): Promise<SentMailDto[]> {
    return queryRows<SentMailDto>(
      this.db,
      `SELECT ${COLUMNS} FROM mail_outbox WHERE partnership_id = $1
        ORDER BY created_at DESC, id DESC LIMIT $2`,
      [partnershipId, SENT_MAIL_LIMIT],
    );
  }
}
