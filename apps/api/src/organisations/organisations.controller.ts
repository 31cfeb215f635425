import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ADMIN_ROLES, BOARD_ROLES, ROLES } from '@pies/domain';
import { Access } from '../common/access/access.decorators';
import { PartnershipParams } from '../partnerships/dto/partnership.dto';
import {
  CreateOrganisationDto,
  ListOrganisationsQuery,
  OrganisationDto,
  OrganisationPageDto,
  OrganisationParams,
  PartnershipOrganisationParams,
  UpdateOrganisationDto,
} from './dto/organisation.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller()
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get('partnerships/:partnershipId/organisations')
  @Access(...BOARD_ROLES)
  @ApiOperation({ summary: "The partnership's organisations, filtered and paged." })
  @ApiOkResponse({ type: OrganisationPageDto })
  list(@Param() p: PartnershipParams, @Query() q: ListOrganisationsQuery) {
    return this.organisations.list(p.partnershipId, q);
  }

  @Post('partnerships/:partnershipId/organisations')
  @Access(...ADMIN_ROLES)
  @ApiOperation({ summary: 'Add a new organisation to the partnership.' })
  @ApiCreatedResponse({ type: OrganisationDto })
  create(@Param() p: PartnershipParams, @Body() dto: CreateOrganisationDto) {
    return this.organisations.create(p.partnershipId, dto);
  }

  @Put('partnerships/:partnershipId/organisations/:organisationId')
  @Access('platform_admin')
  @ApiOperation({ summary: 'Add an existing organisation to another partnership as well.' })
  @ApiOkResponse({ type: OrganisationDto })
  link(@Param() p: PartnershipOrganisationParams) {
    return this.organisations.link(p.partnershipId, p.organisationId);
  }

  @Get('organisations/:organisationId')
  @Access(...ROLES)
  @ApiOperation({ summary: 'One organisation.' })
  @ApiOkResponse({ type: OrganisationDto })
  get(@Param() p: OrganisationParams) {
    return this.organisations.get(p.organisationId);
  }

  @Patch('organisations/:organisationId')
  @Access(...ADMIN_ROLES)
  @ApiOperation({ summary: 'Edit an organisation.' })
  @ApiOkResponse({ type: OrganisationDto })
  update(@Param() p: OrganisationParams, @Body() dto: UpdateOrganisationDto) {
    return this.organisations.update(p.organisationId, dto);
  }
}
