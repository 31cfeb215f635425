import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Clock } from '../clock/clock';
import { CsrfHeader, Public } from '../common/access/access.decorators';
import { AppConfig } from '../config/app-config';
import { AuthService, type ClientInfo } from './auth.service';
import { setSessionCookies } from './cookies';
import {
  AccountLinkParams,
  InvitationLinkDto,
  PasswordResetRequestDto,
  PasswordResetRequestedDto,
  SetPasswordFromLinkDto,
} from './dto/account-links.dto';
import { MeDto } from './dto/me.dto';
import { InvitationLinksService } from './invitation-links.service';
import { PasswordResetService } from './password-reset.service';

const client = (req: FastifyRequest): ClientInfo => ({
  ip: req.ip || 'unknown',
  userAgent: req.headers['user-agent'] ?? null,
});

const LINK_INVALID = {
  description:
    'ACCOUNT_LINK_INVALID: the link is not one, has expired, has been used, or a newer one was sent (one answer for all).',
};
const THROTTLED = {
  description:
    'SIGN_IN_THROTTLED: counted like sign-ins (auth/README.md): wait Retry-After seconds.',
};

/**
 * The links sent by mail that set a password: an invitation (a new person) and a password reset.
 * Public, and counted by the sign-in throttle.
 */
@ApiTags('auth')
@Controller('auth')
export class AccountLinksController {
  constructor(
    private readonly invitations: InvitationLinksService,
    private readonly resets: PasswordResetService,
    private readonly auth: AuthService,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @Get('invitation/:token')
  @Public()
  @ApiOperation({
    summary:
      'What an invitation link is for: the account it sets the password of, the roles offered, when it expires.',
  })
  @ApiOkResponse({ type: InvitationLinkDto })
  @ApiNotFoundResponse(LINK_INVALID)
  @ApiTooManyRequestsResponse(THROTTLED)
  describeInvitation(@Param() p: AccountLinkParams, @Req() req: FastifyRequest) {
    return this.invitations.describe(p.token, client(req));
  }

  @Post('invitation')
  @Public()
  @CsrfHeader()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Set your password from your invitation link, once: you are signed in (the session, CSRF and device cookies, as at sign-in), and accept the roles offered at /api/invitations.',
  })
  @ApiOkResponse({ type: MeDto })
  @ApiNotFoundResponse(LINK_INVALID)
  @ApiTooManyRequestsResponse(THROTTLED)
  async acceptInvitation(
    @Body() dto: SetPasswordFromLinkDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<MeDto> {
    const session = await this.invitations.accept(dto, client(req));
    setSessionCookies(res, this.config.cookieSecure, this.clock.now(), session);
    return { ...(await this.auth.profile(session.userId)), csrfToken: session.csrfToken };
  }

  @Post('password-reset')
  @Public()
  @CsrfHeader()
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Forgotten password: if the address has an active account, a link valid for an hour is sent to it. The same answer either way.',
  })
  @ApiAcceptedResponse({ type: PasswordResetRequestedDto })
  @ApiTooManyRequestsResponse(THROTTLED)
  requestReset(@Body() dto: PasswordResetRequestDto, @Req() req: FastifyRequest) {
    return this.resets.request(dto.email, client(req));
  }

  @Post('password-reset/complete')
  @Public()
  @CsrfHeader()
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Set a new password from a reset link, once: every session of the account ends; sign in with the new password.',
  })
  @ApiNoContentResponse()
  @ApiNotFoundResponse(LINK_INVALID)
  @ApiTooManyRequestsResponse(THROTTLED)
  completeReset(@Body() dto: SetPasswordFromLinkDto, @Req() req: FastifyRequest): Promise<void> {
    return this.resets.complete(dto, client(req));
  }
}
