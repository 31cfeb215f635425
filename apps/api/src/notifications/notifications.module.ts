import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { DigestService } from './digest.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { Notifier } from './notifier';
import { RemindersController } from './reminders.controller';
import { RemindersService } from './reminders.service';

/** Notices to people (in the app and by mail), their preferences, and unsubscribing. */
@Module({
  imports: [MailModule],
  controllers: [NotificationsController, RemindersController],
  providers: [NotificationsService, Notifier, DigestService, RemindersService],
  exports: [Notifier, DigestService, RemindersService],
})
export class NotificationsModule {}
