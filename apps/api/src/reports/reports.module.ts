import { Module } from '@nestjs/common';
import { AuditsModule } from '../audits/audits.module';
import { DashboardsModule } from '../dashboards/dashboards.module';
import { AgencyReportBuilder } from './agency-report.builder';
import { BoardReportBuilder } from './board-report.builder';
import { ExportsService } from './exports.service';
import { ReportRenderer } from './pdf-renderer.provider';
import { ReportPacksService } from './report-packs.service';
import { ReportsController } from './reports.controller';

@Module({
  imports: [AuditsModule, DashboardsModule],
  controllers: [ReportsController],
  providers: [
    AgencyReportBuilder,
    BoardReportBuilder,
    ReportRenderer,
    ExportsService,
    ReportPacksService,
  ],
  exports: [ReportPacksService],
})
export class ReportsModule {}
