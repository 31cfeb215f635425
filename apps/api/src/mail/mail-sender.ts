import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { logger } from '../common/logging/logger';
import { AppConfig } from '../config/app-config';
import { queryRow, queryRows, run } from '../database/typed-query';
import { JobQueue } from '../jobs/job-queue';
import { MAIL_MAX_ATTEMPTS, MAIL_QUEUE } from './mail-queue';

interface OutboxRow {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  listUnsubscribe: string | null;
  status: 'queued' | 'sent' | 'failed';
  attempts: number;
}

/** What one try came to; a try to be repeated is thrown after its row is committed. */
type Outcome = { retry: Error } | null;

/** Rows the sweep queues a job for in one pass; the next pass takes the rest. */
const SWEEP_BATCH = 500;

/** An SMTP reply in the 500s: the server refuses for good (no such mailbox, policy). */
const permanent = (err: unknown) => {
  const code = (err as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
};

/**
 * Sends outbox rows (see README.md): the `mail` job's handler, one row a job, and the sweep
 * that queues a job for every row still queued. With no SMTP_URL nothing is sent: outside
 * production the row's link is logged once (its job runs once, after the commit that wrote it).
 */
@Injectable()
export class MailSender {
  private readonly transport: Transporter | null;
  private readonly messageIdHost: string;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {
    // Each wait well inside a job's expiry, so a stalled server fails the try rather than
    // outliving the job (another process would then send it alongside).
    const timeout = Math.max(1, Math.min(10, Math.floor(config.JOB_EXPIRE_SECONDS / 3))) * 1000;
    this.transport = config.SMTP_URL
      ? nodemailer.createTransport({
          url: config.SMTP_URL,
          connectionTimeout: timeout,
          greetingTimeout: timeout,
          socketTimeout: timeout,
        })
      : null;
    this.messageIdHost = new URL(config.publicUrl).hostname;
    if (config.SMTP_URL) return;
    if (config.isProduction)
      logger.warn(
        'no SMTP_URL: mail is kept queued in the outbox, and sent once SMTP_URL is set and the app restarted',
      );
    else
      logger.info(
        'no SMTP_URL: mail stays in the outbox, readable on the Sent mail page, each link logged',
      );
  }

  /** Whether mail goes to a server (SMTP_URL is set). */
  get sending(): boolean {
    return this.transport !== null;
  }

  /** The Message-ID of an outbox row: the same on every try, so receivers can drop repeats. */
  messageId(id: string): string {
    return `<${id}@${this.messageIdHost}>`;
  }

  /** The `mail` job: sends the row once. Idempotent: a row no longer queued is left alone. */
  async step(data: object): Promise<void> {
    const { id } = data as { id: string };
    if (!this.transport) return this.keep(id);
    const outcome = await this.db.transaction((tx) => this.tryToSend(tx, id));
    if (outcome) throw outcome.retry;
  }

  /**
   * One try, under the row's lock, held until the server's answer is recorded: two processes
   * never send the same row at once (the second fails to lock and is tried again later), and a
   * row is marked sent in the transaction that sent it. A crash after the server accepted the
   * message and before this commits leaves it queued: it is sent again, with the same
   * Message-ID (the one duplicate window, README.md).
   */
  private async tryToSend(tx: EntityManager, id: string): Promise<Outcome> {
    const row = await queryRow<OutboxRow>(
      tx,
      `SELECT id, to_address AS "toAddress", subject, text_body AS "textBody",
              html_body AS "htmlBody", list_unsubscribe AS "listUnsubscribe", status, attempts
         FROM mail_outbox WHERE id = $1 FOR UPDATE NOWAIT`,
      [id],
    );
    if (!row || row.status !== 'queued') return null;
    try {
      await this.transport!.sendMail({
        from: this.config.MAIL_FROM,
        to: row.toAddress,
        subject: row.subject,
        text: row.textBody,
        html: row.htmlBody,
        messageId: this.messageId(row.id),
        date: this.clock.now(),
        // RFC 3834: an automatic message, so auto-responders do not answer it.
        // RFC 8058: a notification can be turned off in one click from the mail client.
        headers: {
          'Auto-Submitted': 'auto-generated',
          ...(row.listUnsubscribe
            ? {
                'List-Unsubscribe': `<${row.listUnsubscribe}>`,
                'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
              }
            : {}),
        },
      });
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      const attempts = row.attempts + 1;
      const giveUp = permanent(err) || attempts >= MAIL_MAX_ATTEMPTS;
      await run(
        tx,
        `UPDATE mail_outbox SET attempts = $2, last_error = $3, status = $4 WHERE id = $1`,
        [id, attempts, error.message.slice(0, 1000), giveUp ? 'failed' : 'queued'],
      );
      logger.warn(
        { mailId: id, attempts, err: error.message },
        giveUp ? 'mail not delivered: given up' : 'mail not delivered: it is tried again',
      );
      return giveUp ? null : { retry: error };
    }
    await run(
      tx,
      `UPDATE mail_outbox SET attempts = attempts + 1, status = 'sent', sent_at = $2,
              last_error = NULL
        WHERE id = $1`,
      [id, this.clock.now()],
    );
    return null;
  }

  /** No mail server: the row stays queued; outside production its link is logged. */
  private async keep(id: string): Promise<void> {
    if (this.config.isProduction) return;
    const row = await queryRow<{ toAddress: string; subject: string; textBody: string }>(
      this.db,
      `SELECT to_address AS "toAddress", subject, text_body AS "textBody"
         FROM mail_outbox WHERE id = $1 AND status = 'queued'`,
      [id],
    );
    if (!row) return; // gone, or already told (the demo's history is marked sent)
    const link = row.textBody
      .split(/\s+/)
      .find((word) => word.startsWith(`${this.config.publicUrl}/`));
    logger.info(
      { mailId: id, to: row.toAddress, subject: row.subject, link },
      'mail kept in the outbox (no SMTP_URL): see the Sent mail page',
    );
  }

  /**
   * Queues a `mail` job for each row still queued (oldest first, a batch at a time), at start
   * and every minute: a row whose job was lost (pg-boss gave up after its retries, or the
   * queue's tables were restored without it) is not forgotten. A row whose job is waiting
   * keeps that one; only with a mail server.
   */
  async sweep(): Promise<void> {
    if (!this.transport) return;
    const rows = await queryRows<{ id: string }>(
      this.db,
      `SELECT id FROM mail_outbox WHERE status = 'queued' ORDER BY created_at LIMIT $1`,
      [SWEEP_BATCH],
    );
    for (const { id } of rows) await this.queue.send(MAIL_QUEUE, { id }, id);
  }
}
