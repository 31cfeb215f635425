import { Module, type OnApplicationBootstrap } from '@nestjs/common';
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

@Module({
  imports: [JobQueueModule, ReportsModule, PartnershipExportModule],
  controllers: [JobsController],
})
export class JobsModule implements OnApplicationBootstrap {
  constructor(
    private readonly queue: JobQueue,
    private readonly packs: ReportPacksService,
    private readonly exports: PartnershipExportService,
  ) {
    // Every queue's handler, in this one place.
    queue.handle(REPORT_PACK_QUEUE, (data, job) => packs.step(data, job));
    queue.handle(PARTNERSHIP_EXPORT_QUEUE, (data, job) => exports.step(data, job));
  }

  async onApplicationBootstrap() {
    await this.queue.start();
    await this.packs.resume();
    await this.exports.resume();
  }
}
