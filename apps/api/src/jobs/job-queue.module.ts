import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue';
import { JobResults } from './job-results';
import { JobTurns } from './job-turns';
import { JobsService } from './jobs.service';

/**
 * The one job queue, for any feature to send jobs to, the partnerships' turns at jobs built in
 * steps, and jobs as users see them; handlers are registered in JobsModule.
 */
@Global()
@Module({
  providers: [JobQueue, JobTurns, JobsService, JobResults],
  exports: [JobQueue, JobTurns, JobsService],
})
export class JobQueueModule {}
