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
import { IdsInScope } from '../common/access/scope.decorators';
import type { Actor } from '../common/access/actor';
import { ActionsService } from './actions.service';
import { CycleParams } from '../cycles/dto/cycle.dto';
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
  @ApiOperation({
    summary:
      "The audit's action plan: the actions raised in it and the organisation's actions from earlier audits still open (or closed since it started); overdue actions are flagged.",
  })
  @ApiOkResponse({ type: [ActionDto] })
  list(@CurrentActor() actor: Actor, @Param() p: AuditParams) {
    return this.actions.list(actor, p.auditId);
  }

  @Post('audits/:auditId/actions')
  @Access(...ORGANISATION_ROLES)
  @IdsInScope({ body: ['ownerId'] })
  @ApiOperation({
    summary:
      "Add an improvement action to the organisation's plan. Its owner is a person in the organisation (`ownerId`) or a name (`owner`): exactly one (400 naming the field otherwise).",
  })
  @ApiCreatedResponse({ type: ActionDto })
  create(@CurrentActor() actor: Actor, @Param() p: AuditParams, @Body() dto: CreateActionDto) {
    return this.actions.create(actor, p.auditId, dto);
  }

  @Patch('actions/:actionId')
  @Access(...ORGANISATION_ROLES)
  @IdsInScope({ body: ['ownerId'] })
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

  @Get('cycles/:cycleId/action-progress')
  @Access(...BOARD_ROLES)
  @ApiOperation({
    summary:
      "The cycle's action plans after review, over the audits the board sees (as the board report counts them): open and overdue actions by agency (with the oldest overdue due date), and the actions done since the agency's audit was accepted.",
  })
  @ApiOkResponse({ type: ActionProgressDto })
  progress(@Param() p: CycleParams) {
    return this.actions.progress(p.cycleId);
  }

  @Delete('actions/:actionId')
  @HttpCode(204)
  @Access(...ORGANISATION_ROLES)
  @ApiOperation({
    summary:
      'Remove an action from the plan being written that raised it (recorded in the audit trail). One raised in an earlier audit is dropped instead (409 ACTION_CARRIED_OVER).',
  })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @Param() p: ActionParams) {
    return this.actions.remove(actor, p.actionId);
  }
}
