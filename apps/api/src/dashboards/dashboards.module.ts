import { Module } from '@nestjs/common';
import { DashboardCacheService } from './dashboard-cache.service';
import { DashboardsController } from './dashboards.controller';
import { OrganisationDashboardService } from './organisation-dashboard.service';
import { PartnershipDashboardService } from './partnership-dashboard.service';

@Module({
  controllers: [DashboardsController],
  providers: [PartnershipDashboardService, DashboardCacheService, OrganisationDashboardService],
  exports: [PartnershipDashboardService],
})
export class DashboardsModule {}
