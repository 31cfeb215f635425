import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '../clock/clock';
import { ReportPacksService, REPORT_PACK_QUEUE } from '../reports/report-packs.service';
import { ReportsModule } from '../reports/reports.module';
import { JobQueue } from './job-queue';
import { JobQueueModule } from './job-queue.module';
import { JobResults } from './job-results';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';
import { RUN_DAY_QUEUE, RunDayService } from './run-day.service';

@Module({
  imports: [JobQueueModule, ReportsModule],
  controllers: [JobsController],
  providers: [JobsService, JobResults, RunDayService],
  exports: [RunDayService],
})
export class JobsModule implements OnApplicationBootstrap {
  constructor(
    private readonly queue: JobQueue,
    private readonly packs: ReportPacksService,
    days: RunDayService,
    clock: Clock,
  ) {
    // Every queue's handler, in this one place.
    queue.handle(REPORT_PACK_QUEUE, (data, job) => packs.step(data, job));
    queue.handle(RUN_DAY_QUEUE, () => days.runDay(clock.today()));
  }

  async onApplicationBootstrap() {
    await this.queue.start();
    // Five minutes into each London day: a process whose clock runs a little behind the
    // database's (which pg-boss's schedules follow) still sees the new day.
    await this.queue.schedule(RUN_DAY_QUEUE, '5 0 * * *');
    await this.packs.resume();
  }
}
