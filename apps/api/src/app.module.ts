import { DynamicModule, Module } from '@nestjs/common';
import { ActionsModule } from './actions/actions.module';
import { AttentionModule } from './attention/attention.module';
import { AuditsModule } from './audits/audits.module';
import { AuthModule } from './auth/auth.module';
import { ChallengesModule } from './challenges/challenges.module';
import { Clock } from './clock/clock';
import { ClockModule } from './clock/clock.module';
import { AccessModule } from './common/access/access.module';
import { AppConfig } from './config/app-config';
import { SecretBox } from './common/secrets/secret-box';
import { DatabaseModule } from './database/database.module';
import { CyclesModule } from './cycles/cycles.module';
import { DashboardsModule } from './dashboards/dashboards.module';
import { DemoModule } from './demo/demo.module';
import { EvidenceModule } from './evidence/evidence.module';
import { FrameworksModule } from './frameworks/frameworks.module';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { MailModule } from './mail/mail.module';
import { NotificationsModule } from './notifications/notifications.module';
import { MfaModule } from './mfa/mfa.module';
import { SentMailModule } from './mail/sent-mail.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PartnershipsModule } from './partnerships/partnerships.module';
import { PartnershipExportModule } from './partnership-export/partnership-export.module';
import { ReportsModule } from './reports/reports.module';
import { ReviewModule } from './review/review.module';
import { SsoModule } from './sso/sso.module';
import { UsersModule } from './users/users.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Run pending migrations at start (the default). Tests start from a migrated template. */
  migrate?: boolean;
  /** The clock every rule reads; the system's unless given (tests set theirs). */
  clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, migrate = true, clock }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        ClockModule.forRoot(clock),
        DatabaseModule.forRoot(databaseUrl, config.DATABASE_POOL_SIZE, migrate),
        AccessModule,
        AuthModule,
        MfaModule,
        SsoModule,
        HealthModule,
        PartnershipsModule,
        OrganisationsModule,
        UsersModule,
        FrameworksModule,
        CyclesModule,
        AuditsModule,
        EvidenceModule,
        ActionsModule,
        ChallengesModule,
        DashboardsModule,
        ReportsModule,
        ReviewModule,
        PartnershipExportModule,
        MailModule,
        NotificationsModule,
        AttentionModule,
        // Mail kept in the app is readable there; never in production (a 404 there).
        ...(config.mailKeptLocally ? [SentMailModule] : []),
        JobsModule,
        DemoModule,
      ],
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: SecretBox, useValue: new SecretBox(config.secretsKeys) },
      ],
      exports: [AppConfig, SecretBox],
    };
  }
}
