import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { BOARD_ROLES, ROLES } from '@pies/domain';
import { Access, CurrentActor } from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import { IdsInScope } from '../common/access/scope.decorators';
import { OrganisationParams } from '../organisations/dto/organisation.dto';
import { PartnershipParams } from '../partnerships/dto/partnership.dto';
import { acceptsGzip, etagOf, matchesEtag } from './conditional';
import { DashboardQuery, SectorPageQuery } from './dto/dashboard.dto';
import { OrganisationDashboardDto } from './dto/organisation-dashboard.dto';
import {
  OverdueAgenciesPageDto,
  PartnershipDashboardDto,
  ScoreCellDto,
} from './dto/partnership-dashboard.dto';
import { PartnershipDashboardService } from './partnership-dashboard.service';
import { OrganisationDashboardService } from './organisation-dashboard.service';

const gzipAsync = promisify(gzip);

@ApiTags('dashboards')
@ApiExtraModels(ScoreCellDto)
@Controller()
export class DashboardsController {
  constructor(
    private readonly partnership: PartnershipDashboardService,
    private readonly organisation: OrganisationDashboardService,
  ) {}

  @Get('partnerships/:partnershipId/dashboard')
  @Access(...BOARD_ROLES)
  @IdsInScope({ query: ['cycleId'] })
  @ApiOperation({
    summary:
      'The cycle at a glance: completion, partnership averages by PIES area, the heat map (sortable, paged), sectors, weakest and strongest indicators, trend against the previous cycle, overdue agencies, open challenges, overdue actions. Only submitted, returned and accepted audits count.',
  })
  @ApiOkResponse({
    type: PartnershipDashboardDto,
    description:
      'Dashboard figures; `countedStates` says which audit states were counted. The `ETag` header is a hash of the body.',
  })
  @ApiResponse({
    status: 304,
    description: 'Not modified: `If-None-Match` names the ETag of the figures as they are now.',
  })
  async partnershipDashboard(
    @Param() p: PartnershipParams,
    @Query() q: DashboardQuery,
    @Req() req: FastifyRequest,
    @Res() res: FastifyReply,
  ): Promise<void> {
    // Computed afresh on every request; the ETag spares an unchanged body the transfer, and
    // gzip shrinks a large partnership's JSON about tenfold for the browsers that accept it.
    const json = Buffer.from(JSON.stringify(await this.partnership.dashboard(p.partnershipId, q)));
    const etag = etagOf(json);
    res.header('ETag', etag).header('Vary', 'Accept-Encoding').type('application/json');
    if (matchesEtag(req.headers['if-none-match'], etag)) res.status(304).send();
    else if (acceptsGzip(req.headers['accept-encoding'])) {
      res.header('Content-Encoding', 'gzip').send(await gzipAsync(json, { level: 6 }));
    } else res.send(json);
  }

  @Get('partnerships/:partnershipId/dashboard/overdue-agencies')
  @Access(...BOARD_ROLES)
  @ApiOperation({
    summary:
      'Every agency overdue for its two-yearly audit (no audit accepted in two years, or the open cycle past due), by name, paged; the dashboard lists the first 20.',
  })
  @ApiOkResponse({ type: OverdueAgenciesPageDto })
  overdueAgencies(
    @Param() p: PartnershipParams,
    @Query() q: SectorPageQuery,
  ): Promise<OverdueAgenciesPageDto> {
    return this.partnership.overdueAgencies(p.partnershipId, q);
  }

  @Get('organisations/:organisationId/dashboard')
  @Access(...ROLES)
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
