import { Module } from '@nestjs/common';
import { MailOutbox } from './mail-outbox';
import { MailRenderer } from './mail-renderer';
import { MailSender } from './mail-sender';

/**
 * Mail through a transactional outbox (README.md). A module that sends mail imports this one
 * and calls `MailOutbox.enqueue` in its transaction; the `mail` job's handler (MailSender) is
 * registered in jobs/jobs.module.ts with the others.
 */
@Module({
  providers: [
    MailOutbox,
    MailSender,
    // Compiled templates are cached: one renderer for the process.
    { provide: MailRenderer, useFactory: () => new MailRenderer() },
  ],
  exports: [MailOutbox, MailSender],
})
export class MailModule {}
