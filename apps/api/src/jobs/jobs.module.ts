import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module';
import { JobQueue } from './job-queue';
import { JobResults } from './job-results';
import { JobsController } from './jobs.controller';
import { JobsService, REPORT_PACK_QUEUE } from './jobs.service';

@Module({
  imports: [ReportsModule],
  controllers: [JobsController],
  providers: [JobsService, JobResults, JobQueue],
})
export class JobsModule implements OnApplicationBootstrap {
  constructor(
    private readonly queue: JobQueue,
    private readonly jobs: JobsService,
  ) {
    // Every queue's handler, in this one place.
    queue.handle(REPORT_PACK_QUEUE, (data, job) => jobs.step(data, job));
  }

  async onApplicationBootstrap() {
    await this.queue.start();
    await this.jobs.resume();
  }
}
