import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
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
import { AddMemberDto, CreatePartnershipUserDto, UserDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('partnerships/:partnershipId/users')
  @Access(...ADMIN_ROLES)
  @ApiOperation({ summary: 'People with a role in the partnership or any of its organisations.' })
  @ApiOkResponse({ type: [UserDto] })
  listInPartnership(@Param() p: PartnershipParams) {
    return this.users.listInPartnership(p.partnershipId);
  }

  @Post('partnerships/:partnershipId/users')
  @Access(...ADMIN_ROLES)
  @IdsInScope({ body: ['memberships[].organisationId'] })
  @ApiOperation({ summary: 'Add a person with roles in the partnership and its organisations.' })
  @ApiCreatedResponse({ type: UserDto })
  @ApiConflictResponse({ description: 'The email has an account and a password was given.' })
  createInPartnership(@Param() p: PartnershipParams, @Body() dto: CreatePartnershipUserDto) {
    return this.users.createInPartnership(p.partnershipId, dto);
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
  @ApiOperation({ summary: 'Add a contributor (agency lead) or a lead or contributor (admins).' })
  @ApiCreatedResponse({ type: UserDto })
  addMember(
    @CurrentActor() actor: Actor,
    @Param() p: OrganisationParams,
    @Body() dto: AddMemberDto,
    @Req() req: AuthenticatedRequest,
  ) {
    return this.users.addMember(actor, p.organisationId, req.scope?.partnershipIds ?? [], dto);
  }
}
