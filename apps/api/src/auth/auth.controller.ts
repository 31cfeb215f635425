import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CsrfHeader, CurrentActor, Public, SignedIn } from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import { Clock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import { AuthService } from './auth.service';
import { clearCookie, cookieNames, readCookie, setCookie, setSessionCookies } from './cookies';
import { ChangePasswordDto, LoginDto } from './dto/login.dto';
import { CsrfDto, MeDto } from './dto/me.dto';
import { newToken } from './sessions.service';
import { MfaStepDto } from '../mfa/dto/mfa.dto';
import { secondStepAnswer } from '../mfa/mfa-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  private get names() {
    return cookieNames(this.config.cookieSecure);
  }

  @Get('csrf')
  @Public()
  @ApiOperation({
    summary: 'Get a CSRF token (also set as the pies_csrf cookie) before signing in.',
  })
  @ApiOkResponse({ type: CsrfDto })
  csrf(@Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply): CsrfDto {
    const csrfToken = readCookie(req, this.names.csrf) ?? newToken();
    setCookie(res, this.names.csrf, csrfToken, this.config.cookieSecure, false);
    return { csrfToken };
  }

  @Post('login')
  @Public()
  @CsrfHeader()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Sign in; sets the httpOnly session cookie, a fresh CSRF cookie and the device cookie (pies_device), which spares this browser the account-wide and address-wide sign-in limits.',
  })
  @ApiOkResponse({ type: MeDto })
  @ApiAcceptedResponse({
    type: MfaStepDto,
    description:
      'The password is right and a second factor is next (mfa/README.md): no session yet; the httpOnly pies_mfa cookie (5 minutes) names this sign-in to POST /api/auth/mfa/verify, or to POST /api/auth/mfa/enrolment when one must be set up.',
  })
  @ApiUnauthorizedResponse({
    description: 'Email or password is not right (the same answer for both).',
  })
  @ApiTooManyRequestsResponse({
    description:
      'Too many failed sign-ins from this client, on this account or from this address: wait Retry-After seconds.',
  })
  async login(
    @Body() dto: LoginDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<MeDto | MfaStepDto> {
    const session = await this.auth.login(dto, {
      ip: req.ip || 'unknown',
      userAgent: req.headers['user-agent'] ?? null,
      deviceCookie: readCookie(req, this.names.device),
    });
    if ('step' in session)
      return secondStepAnswer(res, this.config.cookieSecure, this.clock.now(), session);
    setSessionCookies(res, this.config.cookieSecure, this.clock.now(), session);
    return { ...(await this.auth.profile(session.userId)), csrfToken: session.csrfToken };
  }

  @Post('logout')
  @Public()
  @CsrfHeader()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: ends the session and clears the cookies.' })
  @ApiNoContentResponse()
  async logout(
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(readCookie(req, this.names.session));
    clearCookie(res, this.names.session, this.config.cookieSecure, true);
    clearCookie(res, this.names.csrf, this.config.cookieSecure, false);
  }

  @Post('password')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Change your password, giving the current one: every other session of your account ends. Counted like a sign-in.',
  })
  @ApiNoContentResponse()
  @ApiTooManyRequestsResponse({
    description: 'Too many wrong current passwords: wait Retry-After seconds.',
  })
  changePassword(
    @CurrentActor() actor: Actor,
    @Body() dto: ChangePasswordDto,
    @Req() req: FastifyRequest,
  ): Promise<void> {
    return this.auth.changePassword(actor, dto, {
      ip: req.ip || 'unknown',
      userAgent: req.headers['user-agent'] ?? null,
      deviceCookie: readCookie(req, this.names.device),
    });
  }

  @Get('me')
  @SignedIn()
  @ApiOperation({ summary: 'The signed-in user and their memberships.' })
  @ApiOkResponse({ type: MeDto })
  async me(@CurrentActor() actor: Actor): Promise<MeDto> {
    return { ...(await this.auth.profile(actor.userId)), csrfToken: actor.csrfToken };
  }
}
