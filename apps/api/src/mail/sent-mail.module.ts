import { Module } from '@nestjs/common';
import { SentMailController } from './sent-mail.controller';
import { SentMailService } from './sent-mail.service';

/**
 * The Sent mail routes, registered only where mail is kept in the app
 * (`AppConfig.mailKeptLocally`: no SMTP_URL, outside production), see app.module.ts. In
 * production they do not exist at all: a 404, never a 403.
 */
@Module({
  controllers: [SentMailController],
  providers: [SentMailService],
})
export class SentMailModule {}
