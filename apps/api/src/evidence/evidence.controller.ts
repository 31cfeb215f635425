import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-fastify/multipart';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { ORGANISATION_ROLES, ROLES } from '@pies/domain';
import type { FastifyReply } from 'fastify';
import { EvidenceFileDto, AuditParams } from '../audits/dto/audit.dto';
import { Access, CurrentActor } from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import {
  AddEvidenceLinkDto,
  AttachEvidenceDto,
  EvidenceItemDto,
  EvidenceParams,
  UploadEvidenceDto,
} from './dto/evidence.dto';
import { IdsInScope } from '../common/access/scope.decorators';
import { OrganisationParams } from '../organisations/dto/organisation.dto';
import { EvidenceService, type UploadedFileLike } from './evidence.service';

@ApiTags('evidence')
@Controller()
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post('audits/:auditId/evidence')
  @Access(...ORGANISATION_ROLES)
  @UseInterceptors(FileInterceptor('file')) // limits: see EvidenceModule
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadEvidenceDto })
  @ApiOperation({
    summary: 'Upload an evidence file for an indicator. Its type is decided by its content.',
  })
  @ApiCreatedResponse({ type: EvidenceFileDto })
  @ApiPayloadTooLargeResponse({ description: 'Larger than EVIDENCE_MAX_MB.' })
  upload(
    @CurrentActor() actor: Actor,
    @Param() p: AuditParams,
    @Body() dto: UploadEvidenceDto,
    @UploadedFile() file: UploadedFileLike | undefined,
  ) {
    return this.evidence.upload(actor, p.auditId, dto.indicatorCode, file);
  }

  @Post('audits/:auditId/evidence/links')
  @Access(...ORGANISATION_ROLES)
  @ApiOperation({
    summary:
      "Add a link (a web address) to the organisation's evidence library and attach it to an indicator; a link already in the library is attached, not copied.",
  })
  @ApiCreatedResponse({ type: EvidenceFileDto })
  addLink(@CurrentActor() actor: Actor, @Param() p: AuditParams, @Body() dto: AddEvidenceLinkDto) {
    return this.evidence.addLink(actor, p.auditId, dto);
  }

  @Post('audits/:auditId/evidence/attachments')
  @Access(...ORGANISATION_ROLES)
  @IdsInScope({ body: ['evidenceId'] })
  @ApiOperation({
    summary: "Attach an item of the organisation's evidence library to an indicator of the audit.",
  })
  @ApiCreatedResponse({ type: EvidenceFileDto })
  attach(@CurrentActor() actor: Actor, @Param() p: AuditParams, @Body() dto: AttachEvidenceDto) {
    return this.evidence.attach(actor, p.auditId, dto.evidenceId, dto.indicatorCode);
  }

  @Post('audits/:auditId/evidence/detach')
  @HttpCode(204)
  @Access(...ORGANISATION_ROLES)
  @IdsInScope({ body: ['evidenceId'] })
  @ApiOperation({
    summary: 'Detach a file or link from an indicator of the audit; it stays in the library.',
  })
  @ApiNoContentResponse()
  detach(@CurrentActor() actor: Actor, @Param() p: AuditParams, @Body() dto: AttachEvidenceDto) {
    return this.evidence.detach(actor, p.auditId, dto.evidenceId, dto.indicatorCode);
  }

  @Post('audits/:auditId/evidence/confirm')
  @HttpCode(200)
  @Access(...ORGANISATION_ROLES)
  @IdsInScope({ body: ['evidenceId'] })
  @ApiOperation({
    summary:
      'Confirm that a file or link carried from the last audit is still current for the indicator (else detach it).',
  })
  @ApiOkResponse({ type: EvidenceFileDto })
  confirm(@CurrentActor() actor: Actor, @Param() p: AuditParams, @Body() dto: AttachEvidenceDto) {
    return this.evidence.confirm(actor, p.auditId, dto.evidenceId, dto.indicatorCode);
  }

  @Get('organisations/:organisationId/evidence')
  @Access(...ORGANISATION_ROLES)
  @ApiOperation({ summary: "The organisation's evidence library, with where each file is used." })
  @ApiOkResponse({ type: [EvidenceItemDto] })
  library(@Param() p: OrganisationParams) {
    return this.evidence.library(p.organisationId);
  }

  @Get('evidence/:evidenceId')
  @Access(...ROLES)
  @ApiOperation({ summary: 'Download an evidence file (same access as its audit).' })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file, as an attachment.' })
  async download(@Param() p: EvidenceParams, @Res({ passthrough: true }) res: FastifyReply) {
    const file = await this.evidence.download(p.evidenceId);
    res.headers({
      'Content-Type': file.mediaType,
      'Content-Disposition': `attachment; filename="${file.fileName.replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'Cache-Control': 'private, no-store',
    });
    return new StreamableFile(file.content);
  }

  @Delete('evidence/:evidenceId')
  @HttpCode(204)
  @Access(...ORGANISATION_ROLES)
  @ApiOperation({
    summary:
      'Delete a file from the library and every indicator it is attached to (409 if it is part of a submission).',
  })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @Param() p: EvidenceParams) {
    return this.evidence.remove(actor, p.evidenceId);
  }
}
