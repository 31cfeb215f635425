import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { ReportPacksService, REPORT_PACK_QUEUE } from '../reports/report-packs.service';
import { ReportsModule } from '../reports/reports.module';
import { JobQueue } from './job-queue';
import { JobQueueModule } from './job-queue.module';
import { JobResults } from './job-results';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';

@Module({
  imports: [JobQueueModule, ReportsModule],
  controllers: [JobsController],
  providers: [JobsService, JobResults],
})
export class JobsModule implements OnApplicationBootstrap {
  constructor(
    private readonly queue: JobQueue,
    private readonly packs: ReportPacksService,
  ) {
    // Every queue's handler, in this one place.
    queue.handle(REPORT_PACK_QUEUE, (data, job) => packs.step(data, job));
  }

  async onApplicationBootstrap() {
    await this.queue.start();
    await this.packs.resume();
  }
}
