import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { BOARD_ROLES, ORGANISATION_ROLES, ROLES } from '@pies/domain';
import { AuditParams } from '../audits/dto/audit.dto';
import { Access, CurrentActor } from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import { ActionsService } from './actions.service';
import { PartnershipParams } from '../partnerships/dto/partnership.dto';
import {
  ActionDto,
  ActionParams,
  ActionProgressDto,
  ActionUpdateDto,
  CreateActionDto,
  UpdateActionDto,
} from './dto/action.dto';

@ApiTags('actions')
@Controller()
export class ActionsController {
  constructor(private readonly actions: ActionsService) {}

  @Get('audits/:auditId/actions')
  @Access(...ROLES)
  @ApiOperation({ summary: "The audit's action plan; overdue actions are flagged." })
  @ApiOkResponse({ type: [ActionDto] })
  list(@Param() p: AuditParams) {
    return this.actions.list(p.auditId);
  }

  @Post('audits/:auditId/actions')
  @Access(...ORGANISATION_ROLES)
  @ApiOperation({ summary: 'Add an improvement action.' })
  @ApiCreatedResponse({ type: ActionDto })
  create(@CurrentActor() actor: Actor, @Param() p: AuditParams, @Body() dto: CreateActionDto) {
    return this.actions.create(actor, p.auditId, dto);
  }

  @Patch('actions/:actionId')
  @Access(...ORGANISATION_ROLES)
  @ApiOperation({
    summary:
      'Change an action: description, owner, due date, status, with a progress note. Once the audit is submitted or accepted only the status, notes and due date change (409 ACTION_PLAN_SETTLED for the rest); moving a due date or dropping the action needs a note (400 naming `note`).',
  })
  @ApiOkResponse({ type: ActionDto })
  update(@CurrentActor() actor: Actor, @Param() p: ActionParams, @Body() dto: UpdateActionDto) {
    return this.actions.update(actor, p.actionId, dto);
  }

  @Get('actions/:actionId/updates')
  @Access(...ROLES)
  @ApiOperation({
    summary: "The action's history: each status change, moved due date and note, oldest first.",
  })
  @ApiOkResponse({ type: [ActionUpdateDto] })
  history(@Param() p: ActionParams) {
    return this.actions.history(p.actionId);
  }

  @Get('partnerships/:partnershipId/action-progress')
  @Access(...BOARD_ROLES)
  @ApiOperation({
    summary:
      'Action plans after review, over the audits the board sees: open and overdue actions by agency (with the oldest overdue due date), and the actions done since their audit was accepted.',
  })
  @ApiOkResponse({ type: ActionProgressDto })
  progress(@Param() p: PartnershipParams) {
    return this.actions.progress(p.partnershipId);
  }

  @Delete('actions/:actionId')
  @HttpCode(204)
  @Access(...ORGANISATION_ROLES)
  @ApiOperation({ summary: 'Remove an action (recorded in the audit trail).' })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @Param() p: ActionParams) {
    return this.actions.remove(actor, p.actionId);
  }
}
