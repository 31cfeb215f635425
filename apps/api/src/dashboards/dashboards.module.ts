import { Module } from '@nestjs/common';
import { DashboardsController } from './dashboards.controller';
import { OrganisationDashboardService } from './organisation-dashboard.service';
import { PartnershipDashboardService } from './partnership-dashboard.service';

@Module({
  controllers: [DashboardsController],
  providers: [PartnershipDashboardService, OrganisationDashboardService],
  exports: [PartnershipDashboardService],
})
export class DashboardsModule {}
