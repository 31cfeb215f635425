import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Access, CurrentActor } from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import { PartnershipParams } from '../partnerships/dto/partnership.dto';
import {
  CreateSsoConfigurationDto,
  SsoConfigurationDto,
  SsoConfigurationParams,
  UpdateSsoConfigurationDto,
} from './dto/sso-configuration.dto';
import { SsoConfigurationsService } from './sso-configurations.service';

@ApiTags('sso')
@Controller()
export class SsoConfigurationsController {
  constructor(private readonly configurations: SsoConfigurationsService) {}

  @Get('sso-configurations')
  @Access('platform_admin')
  @ApiOperation({ summary: 'Every SSO configuration, proposed or approved (never a secret).' })
  @ApiOkResponse({ type: [SsoConfigurationDto] })
  list() {
    return this.configurations.list();
  }

  @Get('partnerships/:partnershipId/sso-configurations')
  @Access('platform_admin', 'partnership_admin')
  @ApiOperation({ summary: "A partnership's SSO configurations, proposed or approved." })
  @ApiOkResponse({ type: [SsoConfigurationDto] })
  listForPartnership(@Param() p: PartnershipParams) {
    return this.configurations.listForPartnership(p.partnershipId);
  }

  @Post('partnerships/:partnershipId/sso-configurations')
  @Access('platform_admin', 'partnership_admin')
  @ApiOperation({
    summary:
      "Propose an SSO configuration for the partnership (a partnership admin's takes effect once a platform admin approves it; a platform admin's is approved at once).",
  })
  @ApiCreatedResponse({ type: SsoConfigurationDto })
  @ApiConflictResponse({ description: 'A domain is claimed by another approved configuration.' })
  create(
    @CurrentActor() actor: Actor,
    @Param() p: PartnershipParams,
    @Body() dto: CreateSsoConfigurationDto,
  ) {
    return this.configurations.create(actor, p.partnershipId, dto);
  }

  @Patch('sso-configurations/:ssoConfigurationId')
  @Access('platform_admin')
  @ApiOperation({
    summary: 'Edit an SSO configuration; clientSecret, when sent, replaces the stored one.',
  })
  @ApiOkResponse({ type: SsoConfigurationDto })
  @ApiConflictResponse({ description: 'A domain is claimed by another approved configuration.' })
  update(
    @CurrentActor() actor: Actor,
    @Param() p: SsoConfigurationParams,
    @Body() dto: UpdateSsoConfigurationDto,
  ) {
    return this.configurations.update(actor, p.ssoConfigurationId, dto);
  }

  @Post('sso-configurations/:ssoConfigurationId/approve')
  @Access('platform_admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a proposed SSO configuration: its domains are claimed.' })
  @ApiOkResponse({ type: SsoConfigurationDto })
  @ApiConflictResponse({ description: 'A domain is claimed by another approved configuration.' })
  approve(@CurrentActor() actor: Actor, @Param() p: SsoConfigurationParams) {
    return this.configurations.approve(actor, p.ssoConfigurationId);
  }

  @Delete('sso-configurations/:ssoConfigurationId')
  @Access('platform_admin')
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Withdraw an SSO configuration (proposed or approved): its domains are released and its people sign in with a password again (one they set through "Forgotten your password?" if they have none). Their sessions carry on.',
  })
  @ApiNoContentResponse({ description: 'Withdrawn.' })
  async withdraw(@CurrentActor() actor: Actor, @Param() p: SsoConfigurationParams) {
    await this.configurations.withdraw(actor, p.ssoConfigurationId);
  }
}
