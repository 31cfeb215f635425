import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { ADMIN_ROLES } from '@pies/domain';
import type { FastifyReply } from 'fastify';
import { Access, CurrentActor } from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import { JobDto, sendZip } from '../jobs/jobs.controller';
import { JobsService } from '../jobs/jobs.service';
import { PartnershipParams } from '../partnerships/dto/partnership.dto';
import { ExportParams } from './dto/export.dto';
import { PartnershipExportService } from './partnership-export.service';

@ApiTags('partnership export')
@Controller()
export class PartnershipExportController {
  constructor(
    private readonly exports: PartnershipExportService,
    private readonly jobs: JobsService,
  ) {}

  @Post('partnerships/:partnershipId/export')
  @HttpCode(202)
  @Access(...ADMIN_ROLES)
  @ApiOperation({
    summary:
      "Start exporting the partnership's data (JSON lines and evidence files in one ZIP, docs/export-format.md), or follow the export already under way.",
  })
  @ApiAcceptedResponse({ type: JobDto })
  async start(@CurrentActor() actor: Actor, @Param() p: PartnershipParams) {
    return this.jobs.get(await this.exports.start(actor, p.partnershipId));
  }

  @Get('partnership-exports/:exportId')
  @Access(...ADMIN_ROLES)
  @ApiOperation({ summary: 'An export: status, progress (rows and files done / total).' })
  @ApiOkResponse({ type: JobDto })
  get(@Param() p: ExportParams) {
    return this.jobs.get(p.exportId);
  }

  @Get('partnership-exports/:exportId/download')
  @Access(...ADMIN_ROLES)
  @ApiOperation({ summary: "A finished export's ZIP (409 until it is done)." })
  @ApiProduces('application/zip')
  @ApiOkResponse({ description: 'The ZIP.' })
  async download(@Param() p: ExportParams, @Res({ passthrough: true }) res: FastifyReply) {
    return sendZip(res, await this.jobs.download(p.exportId));
  }
}
