import { Action } from '../actions/entities/action.entity';
import { ActionUpdate } from '../actions/entities/action-update.entity';
import { AuditEvent } from '../audit-trail/entities/audit-event.entity';
import { Assignment } from '../audits/entities/assignment.entity';
import { Audit } from '../audits/entities/audit.entity';
import { PartDone } from '../audits/entities/part-done.entity';
import { Response } from '../audits/entities/response.entity';
import { Submission } from '../audits/entities/submission.entity';
import { ChallengeMessage } from '../challenges/entities/challenge-message.entity';
import { Challenge } from '../challenges/entities/challenge.entity';
import { Cycle } from '../cycles/entities/cycle.entity';
import { AuditScore } from '../dashboards/entities/audit-score.entity';
import { CycleIndicatorStat } from '../dashboards/entities/cycle-indicator-stat.entity';
import { EvidenceFile } from '../evidence/entities/evidence-file.entity';
import { EvidenceAttachment } from '../evidence/entities/evidence-attachment.entity';
import { FrameworkIndicator } from '../frameworks/entities/framework-indicator.entity';
import { FrameworkVersion } from '../frameworks/entities/framework-version.entity';
import { DayRun } from '../jobs/entities/day-run.entity';
import { Job } from '../jobs/entities/job.entity';
import { JobPart } from '../jobs/entities/job-part.entity';
import { AccountToken } from '../auth/entities/account-token.entity';
import { Session } from '../auth/entities/session.entity';
import { SignInThrottle } from '../auth/entities/sign-in-throttle.entity';
import { SigningKey } from '../auth/entities/signing-key.entity';
import { MailOutboxMessage } from '../mail/entities/mail-outbox-message.entity';
import { Notification } from '../notifications/entities/notification.entity';
import { NotificationPreference } from '../notifications/entities/notification-preference.entity';
import { NotificationSetting } from '../notifications/entities/notification-setting.entity';
import { UnsubscribeToken } from '../notifications/entities/unsubscribe-token.entity';
import { Organisation } from '../organisations/entities/organisation.entity';
import { PartnershipOrganisation } from '../organisations/entities/partnership-organisation.entity';
import { Partnership } from '../partnerships/entities/partnership.entity';
import { Membership } from '../users/entities/membership.entity';
import { User } from '../users/entities/user.entity';
import { SsoConfiguration } from '../sso/entities/sso-configuration.entity';
import { SsoDomain } from '../sso/entities/sso-domain.entity';
import { SsoIdentity } from '../sso/entities/sso-identity.entity';
import { SsoSignIn } from '../sso/entities/sso-sign-in.entity';

import { MfaEnrolment } from '../mfa/entities/mfa-enrolment.entity';
import { MfaPendingSignIn } from '../mfa/entities/mfa-pending-sign-in.entity';
import { MfaRecoveryCode } from '../mfa/entities/mfa-recovery-code.entity';
/** Every entity of the schema; the migrations must agree with these (CI checks). */
export const ENTITIES = [
  User,
  Membership,
  Partnership,
  Organisation,
  PartnershipOrganisation,
  Session,
  SignInThrottle,
  SigningKey,
  AccountToken,
  FrameworkVersion,
  FrameworkIndicator,
  Cycle,
  Audit,
  Response,
  Assignment,
  PartDone,
  Submission,
  EvidenceFile,
  EvidenceAttachment,
  Action,
  ActionUpdate,
  Challenge,
  ChallengeMessage,
  AuditEvent,
  AuditScore,
  CycleIndicatorStat,
  Job,
  JobPart,
  DayRun,
  MailOutboxMessage,
  Notification,
  NotificationPreference,
  NotificationSetting,
  UnsubscribeToken,
  MfaEnrolment,
  MfaRecoveryCode,
  MfaPendingSignIn,
  SsoConfiguration,
  SsoDomain,
  SsoSignIn,
  SsoIdentity,
];
