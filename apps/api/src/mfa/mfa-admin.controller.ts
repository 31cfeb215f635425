import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ADMIN_ROLES } from '@pies/domain';
import { Access, CurrentActor } from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import { PartnershipParams } from '../partnerships/dto/partnership.dto';
import { AccountParams } from '../users/dto/people.dto';
import { MfaPolicyDto } from './dto/mfa.dto';
import { MfaPolicyService } from './mfa-policy.service';

/** What admins decide about second factors: a partnership's policy, a person's reset. */
@ApiTags('users')
@Controller()
export class MfaAdminController {
  constructor(private readonly policy: MfaPolicyService) {}

  @Get('partnerships/:partnershipId/mfa-policy')
  @Access(...ADMIN_ROLES)
  @ApiOperation({ summary: "Whether the partnership's board and admins must use a second factor." })
  @ApiOkResponse({ type: MfaPolicyDto })
  getPolicy(@Param() p: PartnershipParams): Promise<MfaPolicyDto> {
    return this.policy.get(p.partnershipId);
  }

  @Put('partnerships/:partnershipId/mfa-policy')
  @Access(...ADMIN_ROLES)
  @ApiOperation({
    summary:
      "Require (or not) a second factor of the partnership's board members and partnership admins. Those without one set it up at their next sign-in; they cannot turn it off while it is required.",
  })
  @ApiOkResponse({ type: MfaPolicyDto })
  setPolicy(
    @CurrentActor() actor: Actor,
    @Param() p: PartnershipParams,
    @Body() dto: MfaPolicyDto,
  ): Promise<MfaPolicyDto> {
    return this.policy.set(actor, p.partnershipId, dto);
  }

  @Delete('accounts/:accountId/mfa')
  @Access('platform_admin')
  @HttpCode(204)
  @ApiOperation({
    summary:
      "Reset a person's second factor (a lost phone): their authenticator and recovery codes go; they set one up again when they next need it. Platform admins.",
  })
  @ApiNoContentResponse()
  reset(@CurrentActor() actor: Actor, @Param() p: AccountParams): Promise<void> {
    return this.policy.reset(actor, p.accountId);
  }
}
