import { Body, Controller, Get, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clearCookie, readCookie, setCookie, setSessionCookies } from '../auth/cookies';
import { CsrfHeader, Public } from '../common/access/access.decorators';
import { Clock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import { SsoDiscoverDto, SsoDiscoveryDto, SsoStartQuery } from './dto/sso-sign-in.dto';
import { SIGN_IN_MINUTES, SsoSignInService } from './sso-sign-in.service';
import { SsoRefused } from './sso.errors';

/** The problem page of the web app, naming why a sign-in was refused. */
const problemPage = (reason: string) => `/sign-in/problem?reason=${encodeURIComponent(reason)}`;

@ApiTags('auth')
@Controller('auth/sso')
export class SsoSignInController {
  constructor(
    private readonly signIn: SsoSignInService,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  private get bindingCookie() {
    // Like the other cookies, pinned to this origin by __Host- when Secure.
    return `${this.config.cookieSecure ? '__Host-' : ''}pies_sso`;
  }

  @Post('discover')
  @Public()
  @CsrfHeader()
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Whether this email's domain signs in with its organisation's account (SSO). Says nothing of whether an account exists.",
  })
  @ApiOkResponse({ type: SsoDiscoveryDto })
  discover(@Body() dto: SsoDiscoverDto): Promise<SsoDiscoveryDto> {
    return this.signIn.discover(dto.email);
  }

  @Get('start')
  @Public()
  @ApiOperation({
    summary:
      "Start an SSO sign-in: redirects to the organisation's provider (or to the web app's problem page).",
  })
  @ApiFoundResponse({ description: "To the provider's sign-in page, or to /sign-in/problem." })
  async start(@Query() q: SsoStartQuery, @Res() res: FastifyReply): Promise<void> {
    try {
      const { url, browserToken } = await this.signIn.start(q.email);
      setCookie(res, this.bindingCookie, browserToken, this.config.cookieSecure, true, {
        maxAgeMs: SIGN_IN_MINUTES * 60_000,
        now: this.clock.now(),
      });
      await res.redirect(url, 302);
    } catch (err) {
      if (!(err instanceof SsoRefused)) throw err;
      await res.redirect(problemPage(err.reason), 302);
    }
  }

  @Get('callback')
  @Public()
  @ApiOperation({
    summary:
      "The provider's redirect back: checks the answer, opens a session and redirects to the web app (or to /sign-in/problem?reason=…).",
  })
  @ApiFoundResponse({ description: 'To the web app, signed in; or to /sign-in/problem.' })
  async callback(@Req() req: FastifyRequest, @Res() res: FastifyReply): Promise<void> {
    // The redirect URI as registered, with the provider's query as sent.
    const currentUrl = new URL(this.signIn.redirectUri);
    currentUrl.search = new URL(req.url, 'http://callback').search;
    const binding = readCookie(req, this.bindingCookie);
    clearCookie(res, this.bindingCookie, this.config.cookieSecure, true);
    try {
      const session = await this.signIn.callback(currentUrl, binding, {
        ip: req.ip || 'unknown',
        userAgent: req.headers['user-agent'] ?? null,
      });
      setSessionCookies(res, this.config.cookieSecure, this.clock.now(), session);
      await res.redirect(session.next, 302);
    } catch (err) {
      if (!(err instanceof SsoRefused)) throw err;
      await res.redirect(problemPage(err.reason), 302);
    }
  }
}
