import { Body, Controller, Delete, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BOARD_ROLES, PARTNERSHIP_ROLES } from '@pies/domain';
import { Access, CurrentActor } from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import { IdsInScope } from '../common/access/scope.decorators';
import { AuditParams } from '../audits/dto/audit.dto';
import { ChangesSinceReturnDto, ReviewerDto, SetReviewerDto } from './dto/review.dto';
import { ReviewService } from './review.service';

/** The board's review of an audit: what changed since it was returned, and who has it. */
@ApiTags('review')
@Controller()
export class ReviewController {
  constructor(private readonly review: ReviewService) {}

  @Get('audits/:auditId/changes-since-return')
  @Access(...BOARD_ROLES)
  @ApiOperation({
    summary:
      'What changed, indicator by indicator, between the latest submission and the one the board returned (from the two snapshots). Empty for a first submission.',
  })
  @ApiOkResponse({ type: ChangesSinceReturnDto })
  changesSinceReturn(@Param() p: AuditParams) {
    return this.review.changesSinceReturn(p.auditId);
  }

  @Put('audits/:auditId/reviewer')
  @Access(...PARTNERSHIP_ROLES)
  @IdsInScope({ body: ['userId'], within: 'partnership' })
  @ApiOperation({
    summary: "Give the audit's review to a board member of its partnership. Idempotent.",
  })
  @ApiOkResponse({ type: ReviewerDto })
  assign(@CurrentActor() actor: Actor, @Param() p: AuditParams, @Body() dto: SetReviewerDto) {
    return this.review.assign(actor, p.auditId, dto.userId);
  }

  @Delete('audits/:auditId/reviewer')
  @Access(...PARTNERSHIP_ROLES)
  @ApiOperation({ summary: 'Leave the audit with no reviewer. Idempotent.' })
  @ApiOkResponse({ type: ReviewerDto })
  unassign(@CurrentActor() actor: Actor, @Param() p: AuditParams) {
    return this.review.assign(actor, p.auditId, null);
  }
}
