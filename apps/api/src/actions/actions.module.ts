import { Module } from '@nestjs/common';
import { AuditsModule } from '../audits/audits.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ActionRemindersService } from './action-reminders.service';
import { ActionsController } from './actions.controller';
import { ActionsService } from './actions.service';

@Module({
  imports: [AuditsModule, NotificationsModule],
  controllers: [ActionsController],
  providers: [ActionsService, ActionRemindersService],
  exports: [ActionRemindersService],
})
export class ActionsModule {}
