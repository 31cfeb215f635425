import type { Readable } from 'node:stream';
import { Controller, Get, HttpCode, Param, Post, Res, StreamableFile } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { BOARD_ROLES } from '@pies/domain';
import { IsUUID } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { Access, CurrentActor } from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import { CycleParams } from '../cycles/dto/cycle.dto';
import { ReportPacksService } from '../reports/report-packs.service';
import { JobsService } from './jobs.service';

export class JobParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'jobId must be a UUID' })
  jobId!: string;
}

export class JobDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'report-pack' }) kind!: string;
  @ApiProperty({ enum: ['queued', 'running', 'done', 'failed'] }) status!: string;
  @ApiProperty({ description: 'Reports built so far.' }) done!: number;
  @ApiProperty({ description: 'Reports to build.' }) total!: number;
  @ApiProperty({ nullable: true, type: String }) error!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Where to download the result once done.',
  })
  downloadUrl!: string | null;
}

/** A finished job's ZIP as the response, streamed from its parts. */
export function sendZip(
  res: FastifyReply,
  file: { name: string; size: number; content: Readable },
): StreamableFile {
  res.headers({
    'Content-Type': 'application/zip',
    'Content-Disposition': `attachment; filename="${file.name}"`,
    'Content-Length': String(file.size),
    'Cache-Control': 'private, no-store',
  });
  return new StreamableFile(file.content);
}

@ApiTags('jobs')
@Controller()
export class JobsController {
  constructor(
    private readonly jobs: JobsService,
    private readonly packs: ReportPacksService,
  ) {}

  @Post('cycles/:cycleId/report-pack')
  @HttpCode(202)
  @Access(...BOARD_ROLES)
  @ApiOperation({
    summary:
      "Start building a ZIP of every submitted agency's report for the cycle, or follow the one already waiting or being built.",
  })
  @ApiAcceptedResponse({ type: JobDto })
  @ApiTooManyRequestsResponse({
    description: 'The partnership has 3 packs waiting or being built; see Retry-After.',
  })
  async start(@CurrentActor() actor: Actor, @Param() p: CycleParams) {
    return this.jobs.get(await this.packs.start(actor, p.cycleId));
  }

  @Get('jobs/:jobId')
  @Access(...BOARD_ROLES)
  @ApiOperation({ summary: 'A job: status, progress (done / total) and the download once done.' })
  @ApiOkResponse({ type: JobDto })
  get(@Param() p: JobParams) {
    return this.jobs.get(p.jobId);
  }

  @Get('jobs/:jobId/download')
  @Access(...BOARD_ROLES)
  @ApiOperation({ summary: "A finished job's result (409 until it is done)." })
  @ApiProduces('application/zip')
  @ApiOkResponse({ description: 'The ZIP.' })
  async download(@Param() p: JobParams, @Res({ passthrough: true }) res: FastifyReply) {
    return sendZip(res, await this.jobs.download(p.jobId));
  }
}
