import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ADMIN_ROLES } from '@pies/domain';
import { Access, CurrentActor } from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import { PartnershipParams } from '../partnerships/dto/partnership.dto';
import { ChangeRoleDto, MembershipParams, PendingInvitationDto } from './dto/people.dto';
import { MembershipsService } from './memberships.service';

@ApiTags('users')
@Controller()
export class MembershipsController {
  constructor(private readonly memberships: MembershipsService) {}

  @Get('partnerships/:partnershipId/invitations')
  @Access(...ADMIN_ROLES)
  @ApiOperation({
    summary: 'Roles offered in the partnership or its organisations and not yet answered.',
  })
  @ApiOkResponse({ type: [PendingInvitationDto] })
  listPending(@Param() p: PartnershipParams) {
    return this.memberships.listPending(p.partnershipId);
  }

  @Patch('memberships/:membershipId')
  @Access(...ADMIN_ROLES)
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Change a role (or a role offered) within its kind: partnership admin and board member, agency lead and contributor.',
  })
  @ApiNoContentResponse()
  @ApiConflictResponse({
    description:
      'LAST_PARTNERSHIP_ADMIN: the partnership would have no admin; SELF_LOCKOUT: your own admin role; ALREADY_EXISTS: the person holds that role there already.',
  })
  changeRole(
    @CurrentActor() actor: Actor,
    @Param() p: MembershipParams,
    @Body() dto: ChangeRoleDto,
  ) {
    return this.memberships.changeRole(actor, p.membershipId, dto.role);
  }

  @Post('memberships/:membershipId/resend-invitation')
  @Access(...ADMIN_ROLES)
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Send a pending invitation again: someone new to PIES Audit gets a new link to set their password (the older one stops working); an account gets the mail sending it to its invitations.',
  })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'INVITATION_ANSWERED: the role has been accepted.' })
  resendInvitation(@CurrentActor() actor: Actor, @Param() p: MembershipParams) {
    return this.memberships.resend(actor, p.membershipId);
  }

  @Delete('memberships/:membershipId')
  @Access(...ADMIN_ROLES)
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Remove a role, or revoke one offered and not yet answered: it grants nothing from the next request on. Revoking the last role offered to someone who never set a password ends their invitation link.',
  })
  @ApiNoContentResponse()
  @ApiConflictResponse({
    description:
      'LAST_PARTNERSHIP_ADMIN: the partnership would have no admin; SELF_LOCKOUT: your own admin role.',
  })
  remove(@CurrentActor() actor: Actor, @Param() p: MembershipParams) {
    return this.memberships.remove(actor, p.membershipId);
  }
}
