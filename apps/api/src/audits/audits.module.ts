import { CarryForwardService } from './carry-forward.service';
import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { AssignmentsService } from './assignments.service';
import { AuditWorkflowService } from './audit-workflow.service';
import { AuditsController } from './audits.controller';
import { AuditsService } from './audits.service';
import { ResponsesService } from './responses.service';

@Module({
  imports: [NotificationsModule],
  controllers: [AuditsController],
  providers: [
    AuditsService,
    AuditWorkflowService,
    ResponsesService,
    AssignmentsService,
    CarryForwardService,
  ],
  exports: [AuditsService, AuditWorkflowService],
})
export class AuditsModule {}
