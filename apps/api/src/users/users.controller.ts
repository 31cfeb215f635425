import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ADMIN_ROLES, ORGANISATION_ROLES } from '@pies/domain';
import {
  Access,
  type AuthenticatedRequest,
  CurrentActor,
} from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import { IdsInScope } from '../common/access/scope.decorators';
import { OrganisationParams } from '../organisations/dto/organisation.dto';
import { PartnershipParams } from '../partnerships/dto/partnership.dto';
import { AddedPersonDto, AddMemberDto, CreatePartnershipUserDto, UserDto } from './dto/user.dto';
import { PartnershipPersonDto } from './dto/people.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('partnerships/:partnershipId/users')
  @Access(...ADMIN_ROLES)
  @ApiOperation({ summary: 'People with a role in the partnership or any of its organisations.' })
  @ApiOkResponse({ type: [PartnershipPersonDto] })
  listInPartnership(@Param() p: PartnershipParams) {
    return this.users.listInPartnership(p.partnershipId);
  }

  @Post('partnerships/:partnershipId/users')
  @Access(...ADMIN_ROLES)
  @IdsInScope({ body: ['memberships[].organisationId'] })
  @HttpCode(202)
  @ApiOperation({
    summary: 'Give a person roles in the partnership and its organisations.',
    description:
      'Someone already with a role in the partnership has them at once; anyone else (a new email, or an account elsewhere) is invited and has them once they accept. The answer is the same either way.',
  })
  @ApiAcceptedResponse({ type: AddedPersonDto })
  createInPartnership(
    @CurrentActor() actor: Actor,
    @Param() p: PartnershipParams,
    @Body() dto: CreatePartnershipUserDto,
  ) {
    return this.users.createInPartnership(actor, p.partnershipId, dto);
  }

  @Get('organisations/:organisationId/members')
  @Access(...ADMIN_ROLES, ...ORGANISATION_ROLES)
  @ApiOperation({ summary: "The organisation's leads and contributors." })
  @ApiOkResponse({ type: [UserDto] })
  listMembers(@Param() p: OrganisationParams) {
    return this.users.listInOrganisation(p.organisationId);
  }

  @Post('organisations/:organisationId/members')
  @Access(...ADMIN_ROLES, 'agency_lead')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Add a contributor (agency lead) or a lead or contributor (admins).',
    description:
      'A member of the organisation has the role at once; anyone else is invited and has it once they accept. The answer is the same either way.',
  })
  @ApiAcceptedResponse({ type: AddedPersonDto })
  addMember(
    @CurrentActor() actor: Actor,
    @Param() p: OrganisationParams,
    @Body() dto: AddMemberDto,
    @Req() req: AuthenticatedRequest,
  ) {
    return this.users.addMember(actor, p.organisationId, req.scope?.partnershipIds ?? [], dto);
  }
}
