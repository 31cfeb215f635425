import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
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
@GlobalResource(
  "a framework id names the platform's framework or the caller's partnership's own; see frameworks.service.ts",
)
@Controller('frameworks')
export class FrameworksController {
  constructor(private readonly frameworks: FrameworksService) {}

  @Get()
  @Access(...ROLES)
  @ApiOperation({ summary: 'Audit frameworks and their versions, newest first.' })
  @ApiOkResponse({ type: [FrameworkSummaryDto] })
  list(@CurrentActor() actor: Actor) {
    return this.frameworks.list(actor);
  }

  @Post()
  @HttpCode(201)
  // Partnership admins manage their audit framework (DESIGN.md): one they import is their
  // partnership's own; a platform admin's is every partnership's.
  @Access(...ADMIN_ROLES)
  @ApiOperation({
    summary:
      "Import a framework version from YAML: a partnership admin's belongs to their partnership, a platform admin's to every partnership. 201 when new, 200 when identical content was already imported.",
  })
  @ApiCreatedResponse({ type: ImportResultDto })
  @ApiBadRequestResponse({
    description:
      'The file has problems; `details` lists each with its path (`field`) and, where it can be found, its `line`.',
  })
  @ApiConflictResponse({ description: 'This version is published with other content.' })
  @ApiForbiddenResponse({
    description: "The framework id is reserved for the platform's frameworks.",
  })
  async import(
    @CurrentActor() actor: Actor,
    @Body() dto: ImportFrameworkDto,
    @Res({ passthrough: true }) res: FastifyReply,
  ) {
    const result = await this.frameworks.import(dto.yaml, actor);
    if (!result.created) res.status(200);
    return result;
  }

  @Get(':frameworkId/versions/:version')
  @Access(...ROLES)
  @ApiOperation({ summary: 'One framework version with its full definition.' })
  @ApiOkResponse({ type: FrameworkVersionDto })
  get(@CurrentActor() actor: Actor, @Param() p: FrameworkVersionParams) {
    return this.frameworks.getVersion(actor, p.frameworkId, p.version);
  }

  @Get(':frameworkId/versions/:version/yaml')
  @Access(...ROLES)
  @ApiOperation({
    summary:
      'One framework version as a YAML file in the import format, to edit and import again: importing it unchanged gives the same version.',
  })
  @ApiProduces('application/yaml')
  @ApiOkResponse({ description: 'UTF-8 YAML, as an attachment named after the version.' })
  async yaml(
    @CurrentActor() actor: Actor,
    @Param() p: FrameworkVersionParams,
    @Res({ passthrough: true }) res: FastifyReply,
  ) {
    const yaml = await this.frameworks.versionYaml(actor, p.frameworkId, p.version);
    res.headers({
      'Content-Type': 'application/yaml; charset=utf-8',
      'Content-Disposition': `attachment; filename="${p.frameworkId}-${p.version}.yaml"`,
    });
    return yaml;
  }

  @Get(':frameworkId/diff')
  @Access(...ROLES)
  @ApiOperation({ summary: 'Indicators added, removed and changed between two versions.' })
  @ApiOkResponse({ type: FrameworkDiffDto })
  diff(@CurrentActor() actor: Actor, @Param() p: FrameworkParams, @Query() q: DiffQuery) {
    return this.frameworks.diff(actor, p.frameworkId, q.from, q.to);
  }
}
