import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { SsoConfigurationsController } from './sso-configurations.controller';
import { SsoConfigurationsService } from './sso-configurations.service';
import { SsoSignInController } from './sso-sign-in.controller';
import { SsoSignInService } from './sso-sign-in.service';

/**
 * Single sign-on with an organisation's OpenID Connect provider: configurations (proposed by a
 * partnership admin, approved by a platform admin) and the sign-in flow (README.md).
 */
@Module({
  imports: [AuthModule],
  controllers: [SsoConfigurationsController, SsoSignInController],
  providers: [SsoConfigurationsService, SsoSignInService],
})
export class SsoModule {}
