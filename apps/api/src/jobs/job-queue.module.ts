import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue';

/** The one job queue, for any feature to send jobs to; handlers are registered in JobsModule. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobQueueModule {}
