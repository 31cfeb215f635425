import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MailModule } from '../mail/mail.module';
import { UsersModule } from '../users/users.module';
import { SsoPolicy } from '../sso/sso-policy.service';
import { AccessGuard } from './access.guard';
import { AccountLinksController } from './account-links.controller';
import { AccountSessionsController } from './account-sessions.controller';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { CsrfGuard } from './csrf.guard';
import { InvitationLinksService } from './invitation-links.service';
import { PasswordResetService } from './password-reset.service';
import { SessionsService } from './sessions.service';
import { SignInThrottleService } from './sign-in-throttle.service';

/**
 * Sign-in, sessions, the links that set a password (invitation, reset), and the global guards:
 * CSRF first, then access (deny by default).
 */
@Module({
  imports: [MailModule, UsersModule],
  controllers: [AuthController, AccountLinksController, AccountSessionsController],
  providers: [
    AuthService,
    InvitationLinksService,
    PasswordResetService,
    SessionsService,
    SignInThrottleService,
    SsoPolicy,
    { provide: APP_GUARD, useClass: CsrfGuard },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [SessionsService, AuthService, SignInThrottleService],
})
export class AuthModule {}
