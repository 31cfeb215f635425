import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Access,
  type AuthenticatedRequest,
  CurrentActor,
} from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import { IdsInScope } from '../common/access/scope.decorators';
import { OrganisationParams } from '../organisations/dto/organisation.dto';
import { PartnershipParams } from '../partnerships/dto/partnership.dto';
import { DashboardCacheService } from './dashboard-cache.service';
import { acceptsGzip, matchesEtag } from './conditional';
import { DashboardQuery, SectorPageQuery } from './dto/dashboard.dto';
import { OrganisationDashboardDto } from './dto/organisation-dashboard.dto';
import {
  OverdueAgenciesPageDto,
  PartnershipDashboardDto,
  ScoreCellDto,
} from './dto/partnership-dashboard.dto';
import { PartnershipDashboardService } from './partnership-dashboard.service';
import { OrganisationDashboardService } from './organisation-dashboard.service';

@ApiTags('dashboards')
@ApiExtraModels(ScoreCellDto)
@Controller()
export class DashboardsController {
  constructor(
    private readonly partnership: DashboardCacheService,
    private readonly organisation: OrganisationDashboardService,
    private readonly lists: PartnershipDashboardService,
  ) {}

  @Get('partnerships/:partnershipId/dashboard')
  @Access('platform_admin', 'partnership_admin', 'board_member')
  @IdsInScope({ query: ['cycleId'] })
  @ApiOperation({
    summary:
      'The cycle at a glance: completion, partnership averages by PIES area, the heat map (sortable, paged), sectors, weakest and strongest indicators, trend against the previous cycle, overdue agencies, open challenges, overdue actions. Only submitted, returned and accepted audits count.',
  })
  @ApiOkResponse({
    type: PartnershipDashboardDto,
    description: 'Dashboard figures; `countedStates` says which audit states were counted.',
  })
  async partnershipDashboard(
    @Param() p: PartnershipParams,
    @Query() q: DashboardQuery,
    @Req() req: FastifyRequest & AuthenticatedRequest,
    @Res() res: FastifyReply,
  ): Promise<void> {
    // Sent as serialised (and gzipped) once: ~200 KB of JSON at 1,000 agencies.
    const stamp = req.scope?.dashboardStamp;
    if (!stamp) throw new Error('the access guard read no dashboard revision for this partnership');
    const { json, gzip, etag } = await this.partnership.dashboard(p.partnershipId, q, stamp);
    res.header('ETag', etag).header('Vary', 'Accept-Encoding').type('application/json');
    if (matchesEtag(req.headers['if-none-match'], etag)) res.status(304).send();
    else if (acceptsGzip(req.headers['accept-encoding'])) {
      res.header('Content-Encoding', 'gzip').send(gzip);
    } else res.send(json);
  }

  @Get('partnerships/:partnershipId/dashboard/overdue-agencies')
  @Access('platform_admin', 'partnership_admin', 'board_member')
  @ApiOperation({
    summary:
      'Every agency overdue for its two-yearly audit (no audit accepted in two years, or the open cycle past due), by name, paged; the dashboard lists the first 20.',
  })
  @ApiOkResponse({ type: OverdueAgenciesPageDto })
  overdueAgencies(
    @Param() p: PartnershipParams,
    @Query() q: SectorPageQuery,
  ): Promise<OverdueAgenciesPageDto> {
    return this.lists.overdueAgencies(p.partnershipId, q);
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
  @ApiOkResponse({ type: OrganisationDashboardDto, description: 'Organisation dashboard.' })
  organisationDashboard(
    @CurrentActor() actor: Actor,
    @Param() p: OrganisationParams,
  ): Promise<OrganisationDashboardDto> {
    return this.organisation.dashboard(actor, p.organisationId);
  }
}
