import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ADMIN_ROLES, ROLES } from '@pies/domain';
import { Access } from '../common/access/access.decorators';
import { IdsInScope } from '../common/access/scope.decorators';
import { PartnershipParams } from '../partnerships/dto/partnership.dto';
import { CreateCycleDto, CycleDto, CycleParams, UpdateCycleDto } from './dto/cycle.dto';
import { CyclesService } from './cycles.service';

@ApiTags('cycles')
@Controller()
export class CyclesController {
  constructor(private readonly cycles: CyclesService) {}

  @Get('partnerships/:partnershipId/cycles')
  @Access(...ROLES)
  @ApiOperation({
    summary: "The partnership's audit cycles, newest first, with audit counts by state.",
  })
  @ApiOkResponse({ type: [CycleDto] })
  list(@Param() p: PartnershipParams) {
    return this.cycles.list(p.partnershipId);
  }

  @Post('partnerships/:partnershipId/cycles')
  @Access(...ADMIN_ROLES)
  @IdsInScope({ body: ['frameworkVersionId'] })
  @ApiOperation({
    summary:
      "Create a cycle (due two years on by default); open it to create every member's audit.",
  })
  @ApiCreatedResponse({ type: CycleDto })
  create(@Param() p: PartnershipParams, @Body() dto: CreateCycleDto) {
    return this.cycles.create(p.partnershipId, dto);
  }

  @Get('cycles/:cycleId')
  @Access(...ROLES)
  @ApiOperation({ summary: 'One cycle.' })
  @ApiOkResponse({ type: CycleDto })
  get(@Param() p: CycleParams) {
    return this.cycles.get(p.cycleId);
  }

  @Patch('cycles/:cycleId')
  @Access(...ADMIN_ROLES)
  @ApiOperation({ summary: 'Rename, change dates, schedule, open or close a cycle.' })
  @ApiOkResponse({ type: CycleDto })
  update(@Param() p: CycleParams, @Body() dto: UpdateCycleDto) {
    return this.cycles.update(p.cycleId, dto);
  }
}
