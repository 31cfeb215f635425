import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ORGANISATION_ROLES, PARTNERSHIP_ROLES, ROLES } from '@pies/domain';
import { AuditParams } from '../audits/dto/audit.dto';
import { Access, CurrentActor } from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import { ChallengesService } from './challenges.service';
import { ChallengeDto, ChallengeParams, RaiseChallengeDto, ReplyDto } from './dto/challenge.dto';

@ApiTags('challenges')
@Controller()
export class ChallengesController {
  constructor(private readonly challenges: ChallengesService) {}

  @Get('audits/:auditId/challenges')
  @Access(...ROLES)
  @ApiOperation({ summary: "The board's challenges on this audit, with replies." })
  @ApiOkResponse({ type: [ChallengeDto] })
  list(@Param() p: AuditParams) {
    return this.challenges.list(p.auditId);
  }

  @Post('audits/:auditId/challenges')
  @Access(...PARTNERSHIP_ROLES)
  @ApiOperation({ summary: 'Raise a challenge on the audit or one indicator.' })
  @ApiCreatedResponse({ type: ChallengeDto })
  raise(@CurrentActor() actor: Actor, @Param() p: AuditParams, @Body() dto: RaiseChallengeDto) {
    return this.challenges.raise(actor, p.auditId, dto);
  }

  @Post('challenges/:challengeId/replies')
  @HttpCode(201)
  @Access(...ORGANISATION_ROLES, ...PARTNERSHIP_ROLES)
  @ApiOperation({ summary: 'Reply to a challenge (the agency answers; the board can reply back).' })
  @ApiCreatedResponse({ type: ChallengeDto })
  reply(@CurrentActor() actor: Actor, @Param() p: ChallengeParams, @Body() dto: ReplyDto) {
    return this.challenges.reply(actor, p.challengeId, dto.body);
  }

  @Post('challenges/:challengeId/resolve')
  @HttpCode(200)
  @Access(...PARTNERSHIP_ROLES)
  @ApiOperation({ summary: 'Mark a challenge resolved.' })
  @ApiOkResponse({ type: ChallengeDto })
  resolve(@CurrentActor() actor: Actor, @Param() p: ChallengeParams) {
    return this.challenges.resolve(actor, p.challengeId);
  }
}
