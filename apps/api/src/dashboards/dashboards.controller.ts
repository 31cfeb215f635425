import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentActor } from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import { OrganisationParams } from '../organisations/dto/organisation.dto';
import { PartnershipParams } from '../partnerships/dto/partnership.dto';
import { DashboardQuery } from './dto/dashboard.dto';
import { OrganisationDashboardService } from './organisation-dashboard.service';
import { PartnershipDashboardService } from './partnership-dashboard.service';

@ApiTags('dashboards')
@Controller()
export class DashboardsController {
  constructor(
    private readonly partnership: PartnershipDashboardService,
    private readonly organisation: OrganisationDashboardService,
  ) {}

  @Get('partnerships/:partnershipId/dashboard')
  @Access('platform_admin', 'partnership_admin', 'board_member')
  @ApiOperation({
    summary:
      'The cycle at a glance: completion, partnership averages by PIES area, the heat map (sortable, paged), sectors, weakest and strongest indicators, trend against the previous cycle, overdue agencies, open challenges, overdue actions. Only submitted, returned and accepted audits count.',
  })
  @ApiOkResponse({
    description: 'Dashboard figures; `countedStates` says which audit states were counted.',
  })
  partnershipDashboard(@Param() p: PartnershipParams, @Query() q: DashboardQuery) {
    return this.partnership.dashboard(p.partnershipId, q);
  }

  @Get('organisations/:organisationId/dashboard')
  @Access(
    'platform_admin',
    'partnership_admin',
    'board_member',
    'agency_lead',
    'agency_contributor',
  )
  @ApiOperation({
    summary:
      'One agency: area scores against the partnership average and benchmark, history, compliance, open actions and challenges.',
  })
  @ApiOkResponse({ description: 'Organisation dashboard.' })
  organisationDashboard(@CurrentActor() actor: Actor, @Param() p: OrganisationParams) {
    return this.organisation.dashboard(actor, p.organisationId);
  }
}
