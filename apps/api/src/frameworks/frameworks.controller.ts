import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ADMIN_ROLES, ROLES } from '@pies/domain';
import type { FastifyReply } from 'fastify';
import { Access, CurrentActor } from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import { GlobalResource } from '../common/access/scope.decorators';
import {
  DiffQuery,
  FrameworkDiffDto,
  FrameworkParams,
  FrameworkSummaryDto,
  FrameworkVersionDto,
  FrameworkVersionParams,
  ImportFrameworkDto,
  ImportResultDto,
} from './dto/framework.dto';
import { FrameworksService } from './frameworks.service';

@ApiTags('frameworks')
@GlobalResource('frameworks are shared by every partnership; see frameworks.scope.ts')
@Controller('frameworks')
export class FrameworksController {
  constructor(private readonly frameworks: FrameworksService) {}

  @Get()
  @Access(...ROLES)
  @ApiOperation({ summary: 'Audit frameworks and their versions, newest first.' })
  @ApiOkResponse({ type: [FrameworkSummaryDto] })
  list() {
    return this.frameworks.list();
  }

  @Post()
  @HttpCode(201)
  // Partnership admins manage their audit framework (DESIGN.md). Frameworks are shared but a
  // version is immutable, and a new one affects nobody until a cycle chooses it.
  @Access(...ADMIN_ROLES)
  @ApiOperation({
    summary:
      'Import a framework version from YAML. 201 when new, 200 when identical content was already imported.',
  })
  @ApiCreatedResponse({ type: ImportResultDto })
  @ApiBadRequestResponse({
    description:
      'The file has problems; `details` lists each with its path (`field`) and, where it can be found, its `line`.',
  })
  @ApiConflictResponse({ description: 'This version is published with other content.' })
  async import(
    @CurrentActor() actor: Actor,
    @Body() dto: ImportFrameworkDto,
    @Res({ passthrough: true }) res: FastifyReply,
  ) {
    const result = await this.frameworks.import(dto.yaml, actor.userId);
    if (!result.created) res.status(200);
    return result;
  }

  @Get(':frameworkId/versions/:version')
  @Access(...ROLES)
  @ApiOperation({ summary: 'One framework version with its full definition.' })
  @ApiOkResponse({ type: FrameworkVersionDto })
  get(@Param() p: FrameworkVersionParams) {
    return this.frameworks.getVersion(p.frameworkId, p.version);
  }

  @Get(':frameworkId/diff')
  @Access(...ROLES)
  @ApiOperation({ summary: 'Indicators added, removed and changed between two versions.' })
  @ApiOkResponse({ type: FrameworkDiffDto })
  diff(@Param() p: FrameworkParams, @Query() q: DiffQuery) {
    return this.frameworks.diff(p.frameworkId, q.from, q.to);
  }
}
