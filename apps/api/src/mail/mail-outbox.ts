import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import { oneRow } from '../database/typed-query';
import { JobQueue } from '../jobs/job-queue';
import { MAIL_QUEUE } from './mail-queue';
import { MailRenderer } from './mail-renderer';

export type MailTemplate =
  'invitation' | 'role-offered' | 'password-reset' | 'notification' | 'notification-digest';

export interface OutgoingMail {
  /** The recipient's address. */
  to: string;
  template: MailTemplate;
  /**
   * What the template shows. `path` is the app path of the mail's one link (e.g.
   * '/invitation/<token>'); the mail module joins it to PUBLIC_URL.
   */
  params: { path: string } & Record<string, string>;
  /** Whose partnership admins see it on the Sent mail page (null: platform admins only). */
  partnershipId: string | null;
  /** The recipient's account, when there is one. */
  userId: string | null;
  /**
   * A notification's one-click unsubscribe path (e.g. '/api/unsubscribe/<token>'), joined to
   * PUBLIC_URL and sent as List-Unsubscribe with List-Unsubscribe-Post (RFC 8058).
   */
  unsubscribePath?: string;
  /** When it was written: now, unless what it tells of happened earlier (see Occasion.at). */
  at?: Date;
}

/** One address, with nothing that could end a mail header early. */
const ADDRESS = /^[^\s<>@,;"]+@[^\s<>@,;"]+$/;
/** An absolute path within the app: one leading slash, no scheme, host or spaces. */
const APP_PATH = /^\/(?!\/)[^\s\\]*$/;

/**
 * The transactional outbox (see README.md): a mail is rendered and written in the transaction
 * of the change that causes it, with a `mail` job queued in the same transaction, so the job
 * exists exactly when the change committed and sends the message then.
 */
@Injectable()
export class MailOutbox {
  constructor(
    private readonly renderer: MailRenderer,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /**
   * Renders the message and writes it to the outbox in the caller's transaction `tx`; a job
   * sends it after commit (retries with backoff). Never sends inside `tx`.
   */
  async enqueue(tx: EntityManager, mail: OutgoingMail): Promise<string> {
    if (!tx.queryRunner?.isTransactionActive)
      throw new Error(
        'MailOutbox.enqueue needs the transaction of the change that causes the mail',
      );
    if (!ADDRESS.test(mail.to)) throw new Error(`not a mail address: ${JSON.stringify(mail.to)}`);
    const { path, ...values } = mail.params;
    for (const p of [path, mail.unsubscribePath ?? '/'])
      if (!APP_PATH.test(p)) throw new Error(`not an app path: ${JSON.stringify(p)}`);
    const { subject, text, html } = this.renderer.render(
      mail.template,
      values,
      this.config.publicUrl + path,
    );
    const { id } = await oneRow<{ id: string }>(
      tx,
      `INSERT INTO mail_outbox
         (partnership_id, user_id, to_address, template, subject, text_body, html_body, created_at,
          list_unsubscribe)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       RETURNING id`,
      [
        mail.partnershipId,
        mail.userId,
        mail.to,
        mail.template,
        subject,
        text,
        html,
        mail.at ?? this.clock.now(),
        mail.unsubscribePath ? this.config.publicUrl + mail.unsubscribePath : null,
      ],
    );
    await this.queue.send(MAIL_QUEUE, { id }, id, tx);
    return id;
  }
}
