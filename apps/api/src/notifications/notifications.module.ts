import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { DigestService } from './digest.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { Notifier } from './notifier';

/** Notices to people (in the app and by mail), their preferences, and unsubscribing. */
@Module({
  imports: [MailModule],
  controllers: [NotificationsController],
  providers: [NotificationsService, Notifier, DigestService],
  exports: [Notifier, DigestService],
})
export class NotificationsModule {}
