import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { Clock } from '../clock/clock';
import { CyclesModule } from '../cycles/cycles.module';
import { MAIL_QUEUE, MAIL_SWEEP_QUEUE } from '../mail/mail-queue';
import { MailModule } from '../mail/mail.module';
import { DIGEST_QUEUE, DigestService } from '../notifications/digest.service';
import { NotificationsModule } from '../notifications/notifications.module';
import { MailSender } from '../mail/mail-sender';
import { PartnershipExportModule } from '../partnership-export/partnership-export.module';
import {
  PARTNERSHIP_EXPORT_QUEUE,
  PartnershipExportService,
} from '../partnership-export/partnership-export.service';
import { ReportPacksService, REPORT_PACK_QUEUE } from '../reports/report-packs.service';
import { ReportsModule } from '../reports/reports.module';
import { JobQueue } from './job-queue';
import { JobQueueModule } from './job-queue.module';
import { JobsController } from './jobs.controller';
import { RUN_DAY_QUEUE, RunDayService } from './run-day.service';

@Module({
  imports: [
    JobQueueModule,
    ReportsModule,
    PartnershipExportModule,
    MailModule,
    CyclesModule,
    NotificationsModule,
    ActionsModule,
  ],
  controllers: [JobsController],
  providers: [RunDayService],
  exports: [RunDayService],
})
export class JobsModule implements OnApplicationBootstrap {
  constructor(
    private readonly queue: JobQueue,
    private readonly packs: ReportPacksService,
    private readonly exports: PartnershipExportService,
    private readonly mail: MailSender,
    days: RunDayService,
    digests: DigestService,
    clock: Clock,
  ) {
    // Every queue's handler, in this one place.
    queue.handle(REPORT_PACK_QUEUE, (data, job) => packs.step(data, job));
    queue.handle(PARTNERSHIP_EXPORT_QUEUE, (data, job) => exports.step(data, job));
    queue.handle(RUN_DAY_QUEUE, async () => {
      await days.runThrough(clock.today());
    });
    queue.handle(MAIL_QUEUE, (data) => mail.step(data));
    queue.handle(MAIL_SWEEP_QUEUE, () => mail.sweep());
    queue.handle(DIGEST_QUEUE, async () => {
      await digests.sendDue();
    });
  }

  async onApplicationBootstrap() {
    await this.queue.start();
    // Five minutes into each London day: a process whose clock runs a little behind the
    // database's (which pg-boss's schedules follow) still sees the new day.
    await this.queue.schedule(RUN_DAY_QUEUE, '5 0 * * *');
    await this.packs.resume();
    await this.exports.resume();
    // Mail left queued (a process that stopped, a server that was down) is sent again.
    await this.queue.schedule(MAIL_SWEEP_QUEUE, '* * * * *');
    // On the hour (London): the daily digests of those who chose that hour.
    await this.queue.schedule(DIGEST_QUEUE, '0 * * * *');
    await this.mail.sweep();
  }
}
