import { Body, Controller, Get, HttpCode, Inject, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { ClientInfo } from '../auth/auth.service';
import { cookieNames, readCookie } from '../auth/cookies';
import { CurrentActor, SignedIn } from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import { AppConfig } from '../config/app-config';
import {
  MfaCodeDto,
  MfaDisableDto,
  MfaEnrolmentDto,
  MfaRecoveryCodesDto,
  MfaStatusDto,
} from './dto/mfa.dto';
import { MfaAccountService } from './mfa-account.service';

/** The signed-in person's own second factor. */
@ApiTags('auth')
@Controller('account/mfa')
export class AccountMfaController {
  constructor(
    private readonly account: MfaAccountService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  private client(req: FastifyRequest): ClientInfo {
    return {
      ip: req.ip || 'unknown',
      userAgent: req.headers['user-agent'] ?? null,
      deviceCookie: readCookie(req, cookieNames(this.config.cookieSecure).device),
    };
  }

  @Get()
  @SignedIn()
  @ApiOperation({
    summary: 'Whether your account asks for a code at sign-in, and whether it must.',
  })
  @ApiOkResponse({ type: MfaStatusDto })
  status(@CurrentActor() actor: Actor): Promise<MfaStatusDto> {
    return this.account.status(actor);
  }

  @Post()
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Start setting up an authenticator app: a new TOTP secret as text and as a QR code, shown only now. In force once confirmed.',
  })
  @ApiOkResponse({ type: MfaEnrolmentDto })
  @ApiConflictResponse({ description: 'MFA_ALREADY_ENROLLED: turn the current one off first.' })
  start(@CurrentActor() actor: Actor): Promise<MfaEnrolmentDto> {
    return this.account.start(actor);
  }

  @Post('confirm')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Confirm the set-up with a code from the app: codes are asked at each sign-in from now. Returns ten recovery codes, shown only now.',
  })
  @ApiOkResponse({ type: MfaRecoveryCodesDto })
  @ApiBadRequestResponse({ description: 'The code is not right, or no set-up was started.' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed tries: wait Retry-After seconds.' })
  confirm(
    @CurrentActor() actor: Actor,
    @Body() dto: MfaCodeDto,
    @Req() req: FastifyRequest,
  ): Promise<MfaRecoveryCodesDto> {
    return this.account.confirm(actor, dto.code, this.client(req));
  }

  @Post('disable')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Turn the second factor off, with your password and a code. Not while a partnership you hold a board or admin role in requires it.',
  })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ description: 'The password or the code is not right.' })
  @ApiConflictResponse({
    description: 'MFA_REQUIRED_BY_PARTNERSHIP, or MFA_NOT_ENROLLED: nothing to turn off.',
  })
  @ApiTooManyRequestsResponse({ description: 'Too many failed tries: wait Retry-After seconds.' })
  disable(
    @CurrentActor() actor: Actor,
    @Body() dto: MfaDisableDto,
    @Req() req: FastifyRequest,
  ): Promise<void> {
    return this.account.disable(actor, dto, this.client(req));
  }

  @Post('recovery-codes')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Ten new recovery codes, given a code from the app; the old ones stop working. Shown only now.',
  })
  @ApiOkResponse({ type: MfaRecoveryCodesDto })
  @ApiBadRequestResponse({ description: 'The code is not right.' })
  @ApiConflictResponse({ description: 'MFA_NOT_ENROLLED: no authenticator is set up.' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed tries: wait Retry-After seconds.' })
  regenerate(
    @CurrentActor() actor: Actor,
    @Body() dto: MfaCodeDto,
    @Req() req: FastifyRequest,
  ): Promise<MfaRecoveryCodesDto> {
    return this.account.regenerate(actor, dto.code, this.client(req));
  }
}
