import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { BOARD_ROLES, ORGANISATION_ROLES, PARTNERSHIP_ROLES, ROLES } from '@pies/domain';
import { Access, CurrentActor } from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import { IdsInScope } from '../common/access/scope.decorators';
import { CycleParams } from '../cycles/dto/cycle.dto';
import { OrganisationParams } from '../organisations/dto/organisation.dto';
import { AssignmentsService } from './assignments.service';
import { AuditWorkflowService } from './audit-workflow.service';
import { AuditsService } from './audits.service';
import {
  AuditDto,
  AuditParams,
  AuditSummaryDto,
  ResponseDto,
  ReturnAuditDto,
} from './dto/audit.dto';
import { AuditEventDto, EventsQuery } from './dto/events.dto';
import { AuditScoreDto } from './dto/score.dto';
import {
  AssignmentDto,
  PartDoneDto,
  ResponseParams,
  SaveAssignmentsDto,
  SaveResponseDto,
} from './dto/response.dto';
import { ResponsesService } from './responses.service';
import { CarryForwardService } from './carry-forward.service';
import { ConfirmStandardDto, StandardParams } from './dto/carry-forward.dto';

@ApiTags('audits')
@Controller()
export class AuditsController {
  constructor(
    private readonly audits: AuditsService,
    private readonly workflow: AuditWorkflowService,
    private readonly responses: ResponsesService,
    private readonly assigning: AssignmentsService,
    private readonly carried: CarryForwardService,
  ) {}

  @Get('cycles/:cycleId/audits')
  @Access(...BOARD_ROLES)
  @ApiOperation({
    summary: "Every member organisation's audit in the cycle, with state and progress.",
  })
  @ApiOkResponse({ type: [AuditSummaryDto] })
  listForCycle(@Param() p: CycleParams) {
    return this.audits.listForCycle(p.cycleId);
  }

  @Get('organisations/:organisationId/audits')
  @Access(...ROLES)
  @ApiOperation({ summary: "The organisation's audits, newest cycle first." })
  @ApiOkResponse({ type: [AuditSummaryDto] })
  listForOrganisation(@Param() p: OrganisationParams) {
    return this.audits.listForOrganisation(p.organisationId);
  }

  @Get('audits/:auditId')
  @Access(...ROLES)
  @ApiOperation({
    summary:
      'An audit with its responses, evidence, progress and score. Board roles: once submitted.',
  })
  @ApiOkResponse({ type: AuditDto })
  get(@Param() p: AuditParams) {
    return this.audits.get(p.auditId);
  }

  @Get('audits/:auditId/score')
  @Access(...ROLES)
  @ApiOperation({
    summary: 'Indicator, standard, area and overall scores with RAG and benchmark counts.',
  })
  @ApiOkResponse({ type: AuditScoreDto })
  score(@Param() p: AuditParams) {
    return this.audits.score(p.auditId);
  }

  @Post('audits/:auditId/start')
  @HttpCode(200)
  @Access('agency_lead')
  @ApiOperation({
    summary: "Start the audit, pre-filled from the organisation's last submitted one.",
  })
  @ApiOkResponse({ type: AuditDto })
  start(@CurrentActor() actor: Actor, @Param() p: AuditParams) {
    return this.workflow.start(actor, p.auditId);
  }

  @Put('audits/:auditId/responses/:indicatorCode')
  @Access(...ORGANISATION_ROLES)
  @ApiOperation({
    summary: 'Save one answer (idempotent). A stale `version` gets 409 with the current answer.',
  })
  @ApiOkResponse({ type: ResponseDto })
  @ApiConflictResponse({
    description:
      'Changed by someone else since you loaded it (details.current), or the audit is submitted.',
  })
  saveResponse(
    @CurrentActor() actor: Actor,
    @Param() p: ResponseParams,
    @Body() dto: SaveResponseDto,
  ) {
    return this.responses.save(actor, p.auditId, p.indicatorCode, dto);
  }

  @Post('audits/:auditId/responses/:indicatorCode/confirm')
  @HttpCode(200)
  @Access(...ORGANISATION_ROLES)
  @ApiOperation({
    summary:
      'Confirm an answer carried forward from the last audit as it is (the lead, or the contributor assigned it). Idempotent.',
  })
  @ApiOkResponse({ type: ResponseDto })
  @ApiUnprocessableEntityResponse({
    description: "FRESH_ANSWER_NEEDED: the indicator's wording changed; save a new answer.",
  })
  confirmResponse(@CurrentActor() actor: Actor, @Param() p: ResponseParams) {
    return this.carried.confirmOne(actor, p.auditId, p.indicatorCode);
  }

  @Post('audits/:auditId/standards/:standardCode/confirm')
  @HttpCode(200)
  @Access(...ORGANISATION_ROLES)
  @ApiOperation({
    summary:
      "Confirm every carried-forward answer of a standard, seen together: `indicatorCodes` names them. Returns the standard's answers.",
  })
  @ApiOkResponse({ type: [ResponseDto] })
  @ApiConflictResponse({
    description: 'CARRIED_ANSWERS_CHANGED: the answers waiting are not the ones sent.',
  })
  confirmStandard(
    @CurrentActor() actor: Actor,
    @Param() p: StandardParams,
    @Body() dto: ConfirmStandardDto,
  ) {
    return this.carried.confirmStandard(actor, p.auditId, p.standardCode, dto.indicatorCodes);
  }

  @Get('audits/:auditId/assignments')
  @Access(...ORGANISATION_ROLES)
  @ApiOperation({ summary: 'Who is assigned which areas and indicators.' })
  @ApiOkResponse({ type: [AssignmentDto] })
  assignments(@Param() p: AuditParams) {
    return this.assigning.list(p.auditId);
  }

  @Put('audits/:auditId/assignments')
  @Access('agency_lead')
  @IdsInScope({ body: ['assignments[].userId'] })
  @ApiOperation({ summary: 'Replace the assignments of areas and indicators to contributors.' })
  @ApiOkResponse({ type: [AssignmentDto] })
  saveAssignments(
    @CurrentActor() actor: Actor,
    @Param() p: AuditParams,
    @Body() dto: SaveAssignmentsDto,
  ) {
    return this.assigning.save(actor, p.auditId, dto);
  }

  @Post('audits/:auditId/my-part-done')
  @HttpCode(200)
  @Access('agency_contributor')
  @ApiOperation({
    summary:
      'A contributor says the part assigned to them is done; their leads are told once. Idempotent.',
  })
  @ApiOkResponse({ type: PartDoneDto })
  markMyPartDone(@CurrentActor() actor: Actor, @Param() p: AuditParams) {
    return this.assigning.markMyPartDone(actor, p.auditId);
  }

  @Post('audits/:auditId/submit')
  @HttpCode(200)
  @Access('agency_lead')
  @ApiOperation({ summary: 'Submit to the board: stores an immutable snapshot with its SHA-256.' })
  @ApiOkResponse({ type: AuditDto })
  @ApiUnprocessableEntityResponse({
    description: 'Indicators still need answers; `details` lists every code.',
  })
  submit(@CurrentActor() actor: Actor, @Param() p: AuditParams) {
    return this.workflow.submit(actor, p.auditId);
  }

  @Post('audits/:auditId/return')
  @HttpCode(200)
  @Access(...PARTNERSHIP_ROLES)
  @ApiOperation({ summary: 'Return a submitted audit to the agency, with the reason.' })
  @ApiOkResponse({ type: AuditDto })
  returnAudit(@CurrentActor() actor: Actor, @Param() p: AuditParams, @Body() dto: ReturnAuditDto) {
    return this.workflow.returnAudit(actor, p.auditId, dto.reason);
  }

  @Post('audits/:auditId/accept')
  @HttpCode(200)
  @Access(...PARTNERSHIP_ROLES)
  @ApiOperation({
    summary: 'Accept a submitted audit: the organisation is compliant for two years.',
  })
  @ApiOkResponse({ type: AuditDto })
  accept(@CurrentActor() actor: Actor, @Param() p: AuditParams) {
    return this.workflow.accept(actor, p.auditId);
  }

  @Get('audits/:auditId/events')
  @Access(...ROLES)
  @ApiOperation({
    summary: 'The audit trail: every change, who, when, before and after. Oldest first.',
  })
  @ApiOkResponse({ type: [AuditEventDto] })
  events(@Param() p: AuditParams, @Query() q: EventsQuery) {
    return this.workflow.events(p.auditId, q.after, q.limit);
  }
}
