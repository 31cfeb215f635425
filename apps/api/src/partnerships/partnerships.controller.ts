import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ROLES } from '@pies/domain';
import { Access, CurrentActor } from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import { CreatePartnershipDto, PartnershipDto, PartnershipParams } from './dto/partnership.dto';
import { PartnershipsService } from './partnerships.service';

@ApiTags('partnerships')
@Controller('partnerships')
export class PartnershipsController {
  constructor(private readonly partnerships: PartnershipsService) {}

  @Get()
  @Access(...ROLES)
  @ApiOperation({ summary: 'Partnerships you belong to (all of them for a platform admin).' })
  @ApiOkResponse({ type: [PartnershipDto] })
  list(@CurrentActor() actor: Actor) {
    return this.partnerships.list(actor);
  }

  @Post()
  @Access('platform_admin')
  @ApiOperation({ summary: 'Create a partnership.' })
  @ApiCreatedResponse({ type: PartnershipDto })
  @ApiConflictResponse({ description: 'A partnership with this name exists.' })
  create(@Body() dto: CreatePartnershipDto) {
    return this.partnerships.create(dto);
  }

  @Get(':partnershipId')
  @Access(...ROLES)
  @ApiOperation({ summary: 'One partnership.' })
  @ApiOkResponse({ type: PartnershipDto })
  get(@Param() p: PartnershipParams) {
    return this.partnerships.get(p.partnershipId);
  }
}
