import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthService, type ClientInfo } from '../auth/auth.service';
import { cookieNames, readCookie, setSessionCookies } from '../auth/cookies';
import { MeDto } from '../auth/dto/me.dto';
import { Clock } from '../clock/clock';
import { CsrfHeader, Public } from '../common/access/access.decorators';
import { AppConfig } from '../config/app-config';
import { MfaCodeDto, MfaEnrolledSignInDto, MfaEnrolmentDto, MfaVerifyDto } from './dto/mfa.dto';
import { clearMfaCookie, readMfaCookie } from './mfa-cookie';
import { MfaSignInService } from './mfa-sign-in.service';

const STEP_401 =
  'MFA_STEP_INVALID: no sign-in waiting for this step (sign in again); MFA_CODE_INVALID: the code is not right or has been used.';

/** A sign-in's second step: public, named by the pies_mfa cookie the right password set. */
@ApiTags('auth')
@Controller('auth/mfa')
export class MfaSignInController {
  constructor(
    private readonly signIn: MfaSignInService,
    private readonly auth: AuthService,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  private client(req: FastifyRequest): ClientInfo {
    return {
      ip: req.ip || 'unknown',
      userAgent: req.headers['user-agent'] ?? null,
      deviceCookie: readCookie(req, cookieNames(this.config.cookieSecure).device),
    };
  }

  @Post('verify')
  @Public()
  @CsrfHeader()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Second step of a sign-in: a code from the authenticator app (each works once) or a recovery code (each works once). Opens the session as a sign-in does. Counted like a sign-in.',
  })
  @ApiOkResponse({ type: MeDto })
  @ApiBadRequestResponse({ description: 'Neither a 6-digit code nor a recovery code.' })
  @ApiUnauthorizedResponse({ description: STEP_401 })
  @ApiTooManyRequestsResponse({ description: 'Too many failed tries: wait Retry-After seconds.' })
  async verify(
    @Body() dto: MfaVerifyDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<MeDto> {
    const session = await this.signIn.verify(
      readMfaCookie(req, this.config.cookieSecure),
      dto,
      this.client(req),
    );
    setSessionCookies(res, this.config.cookieSecure, this.clock.now(), session);
    clearMfaCookie(res, this.config.cookieSecure);
    return { ...(await this.auth.profile(session.userId)), csrfToken: session.csrfToken };
  }

  @Post('enrolment')
  @Public()
  @CsrfHeader()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'A sign-in that must set up a second factor (a partnership requires it): a new TOTP secret, as text and as a QR code. Shown only now; a new call replaces it until it is confirmed.',
  })
  @ApiOkResponse({ type: MfaEnrolmentDto })
  @ApiUnauthorizedResponse({ description: STEP_401 })
  startEnrolment(@Req() req: FastifyRequest): Promise<MfaEnrolmentDto> {
    return this.signIn.startEnrolment(readMfaCookie(req, this.config.cookieSecure));
  }

  @Post('enrolment/confirm')
  @Public()
  @CsrfHeader()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Confirms the set-up with a code from the app: the second factor is in force and the session opens, with ten recovery codes shown only now. Counted like a sign-in.',
  })
  @ApiOkResponse({ type: MfaEnrolledSignInDto })
  @ApiBadRequestResponse({ description: 'Not a 6-digit code, or no set-up started.' })
  @ApiUnauthorizedResponse({ description: STEP_401 })
  @ApiTooManyRequestsResponse({ description: 'Too many failed tries: wait Retry-After seconds.' })
  async confirmEnrolment(
    @Body() dto: MfaCodeDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<MfaEnrolledSignInDto> {
    const { session, recoveryCodes } = await this.signIn.confirmEnrolment(
      readMfaCookie(req, this.config.cookieSecure),
      dto.code,
      this.client(req),
    );
    setSessionCookies(res, this.config.cookieSecure, this.clock.now(), session);
    clearMfaCookie(res, this.config.cookieSecure);
    return {
      ...(await this.auth.profile(session.userId)),
      csrfToken: session.csrfToken,
      recoveryCodes,
    };
  }
}
