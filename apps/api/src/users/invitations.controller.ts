import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, Own, SignedIn } from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import { InvitationDto, InvitationParams } from './dto/user.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Roles you have been offered and not yet accepted or declined.' })
  @ApiOkResponse({ type: [InvitationDto] })
  listMine(@CurrentActor() actor: Actor) {
    return this.invitations.listMine(actor.userId);
  }

  @Post(':invitationId/accept')
  @Own()
  @HttpCode(204)
  @ApiOperation({ summary: 'Accept one of your invitations: you hold the role from now on.' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'Already accepted or declined.' })
  accept(@Param() p: InvitationParams) {
    return this.invitations.answer(p.invitationId, 'active');
  }

  @Post(':invitationId/decline')
  @Own()
  @HttpCode(204)
  @ApiOperation({ summary: 'Decline one of your invitations: it is kept, as declined.' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'Already accepted or declined.' })
  decline(@Param() p: InvitationParams) {
    return this.invitations.answer(p.invitationId, 'declined');
  }
}
