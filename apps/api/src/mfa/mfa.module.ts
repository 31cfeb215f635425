import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AccountMfaController } from './account-mfa.controller';
import { MfaAccountService } from './mfa-account.service';
import { MfaAdminController } from './mfa-admin.controller';
import { MfaPolicyService } from './mfa-policy.service';
import { MfaSignInController } from './mfa-sign-in.controller';
import { MfaSignInService } from './mfa-sign-in.service';
import { MfaService } from './mfa.service';

/**
 * The second factor (TOTP, recovery codes) and the partnership policy requiring it. The
 * password sign-in asks `secondStepFor` (mfa-gate.ts) whether a session may open; the rest of
 * the sign-in is here. See README.md.
 */
@Module({
  imports: [AuthModule],
  controllers: [MfaSignInController, AccountMfaController, MfaAdminController],
  providers: [MfaService, MfaSignInService, MfaAccountService, MfaPolicyService],
})
export class MfaModule {}
