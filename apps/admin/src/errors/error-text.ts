import type { ApiError, ErrorCode, Problem, ProblemCode } from '@pies/api-client';
import { t } from '@pies/i18n';
import { formatDate } from '../pages/format';

/**
 * The web app's own words for the API's codes (English for now; a translation is a catalogue of
 * the same keys). The app decides on codes, never on the API's message: the message is shown
 * only for a code this catalogue does not know.
 */

export const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
export const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type Params = Record<string, unknown>;
const num = (v: unknown) => (typeof v === 'number' ? v : Number(v));
const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
/** "1, 2, 3 or 4" */
const orList = (items: string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}` : items[0];

/** A field's problem in words; `label` is the field's label as the user sees it. */
export const PROBLEM_TEXT: Partial<Record<ProblemCode, (label: string, p: Params) => string>> = {
  isNotEmpty: (label) => `Enter ${lowerFirst(label)}`,
  isString: (label) => `Enter ${lowerFirst(label)}`,
  isEmail: () => 'Enter an email address in the correct format, like name@example.com',
  isIn: (label) => `Select ${lowerFirst(label)}`,
  isUuid: (label) => `Select ${lowerFirst(label)}`,
  isInt: (label) => `${label} must be a whole number`,
  isBoolean: (label) => `Select ${lowerFirst(label)}`,
  isIso8601: (label) => `${label} must be a real date`,
  isUrl: (label) => `${label} must be a web address starting with http:// or https://`,
  min: (label, p) => `${label} must be ${num(p.min)} or more`,
  max: (label, p) => `${label} must be ${num(p.max)} or less`,
  minLength: (label, p) => `${label} must be ${num(p.min)} characters or more`,
  maxLength: (label, p) => `${label} must be ${num(p.max)} characters or fewer`,
  arrayMinSize: (label, p) =>
    num(p.min) === 1
      ? `Select at least one: ${lowerFirst(label)}`
      : `${label}: choose at least ${num(p.min)}`,
  arrayMaxSize: (label, p) => `${label}: choose ${num(p.max)} at most`,
  arrayUnique: (label) => `${label}: give each one once`,
  nulCharacter: (label) => `${label} must not contain a NUL character`,
  unpairedSurrogate: (label) =>
    `${label} contains a broken character: type it again rather than pasting it`,
  levelNotInScale: (_, p) => `Select a level: ${orList(list(p.levels))}`,
  levelWithNotApplicable: () => 'Leave the level blank when the indicator does not apply',
  notApplicableNotAllowed: () => 'This indicator applies to every agency: select a level',
  notInFramework: (label, p) =>
    p.kind === 'area'
      ? `${label}: select an area of this audit's framework`
      : `${label}: select an indicator of this audit's framework`,
  areaOrIndicator: () => 'Assign either an area or one indicator, not both',
  organisationNotForRole: () => 'Leave the organisation blank for this role',
  roleNotForMembership: () => t('errors.roleNotForMembership'),
  passwordTooShort: (label, p) => t('errors.passwordTooShort', { label, min: num(p.min) }),
  passwordTooCommon: (label) => t('errors.passwordTooCommon', { label }),
  passwordHasAppWords: (label) => t('errors.passwordHasAppWords', { label }),
  currentPasswordWrong: () => t('errors.currentPasswordWrong'),
  mfaCodeWrong: () => t('errors.mfaCodeWrong'),
  mfaNotStarted: () => t('errors.mfaNotStarted'),
  issuerNotHttps: (label) => t('errors.issuerNotHttps', { label }),
  issuerNotTenantSpecific: (label) => t('errors.issuerNotTenantSpecific', { label }),
  dueNotAfterOpening: () => 'Due date must be after the opening date',
  fileRequired: () => 'Select a file',
  fileTypeNotAccepted: () =>
    'The file must be a PDF, an Office document, an image or a plain text file',
  fileExtensionMismatch: (_, p) =>
    `The file is ${String(p.type)} but its name ends ".${String(p.extension)}": rename it to end .${String(p.expected)}`,
};

/** What an indicator still needs before its audit can be submitted (AUDIT_INCOMPLETE). */
export const GAP_TEXT: Partial<Record<ProblemCode, string>> = {
  levelRequired: 'a level',
  commentaryRequired: 'commentary',
  notApplicableReasonRequired: 'a reason why it does not apply',
  confirmationRequired: 'confirming (it was carried forward from your last audit)',
  freshAnswerRequired: 'a new answer (its wording changed since your last audit)',
  evidenceConfirmationRequired:
    'its evidence confirmed as still current, or detached (it was carried forward from your last audit)',
};

/**
 * A field's problem in words. For a code the catalogue does not know, the API's message, with
 * the field's name it may start with put as its label ("name must be…" → "Full name must be…").
 */
export function problemText(problem: Problem, label: string, field = ''): string {
  const write = PROBLEM_TEXT[problem.code];
  if (write) return write(label, problem.params);
  const property = field.split('.').pop() ?? field;
  const message = problem.message || 'is not valid';
  const rest =
    property && message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
  return `${label} ${rest}`.replace(/\s+/g, ' ').trim();
}

/** "14 minutes", "30 seconds" */
export function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** CYCLE_OVERLAPS names the other cycle (its `details.cycle`) with its dates. */
function overlapText(details: unknown): string {
  const other = (details as { cycle?: Record<string, unknown> } | undefined)?.cycle;
  if (!other || typeof other.name !== 'string') return t('errors.CYCLE_OVERLAPS_unknown');
  return t('errors.CYCLE_OVERLAPS', {
    name: other.name,
    opensOn: formatDate(String(other.opensOn)),
    dueOn: formatDate(String(other.dueOn)),
  });
}

/** An error's meaning in words, for errors that are not about one field. */
export const ERROR_TEXT: Partial<Record<ErrorCode, (error: ApiError) => string>> = {
  NOT_SIGNED_IN: () => 'Sign in to continue',
  CREDENTIALS_INVALID: () => 'Enter a correct email address and password',
  CSRF_TOKEN_INVALID: () => 'Your session changed in another tab: reload the page and try again',
  ROLE_REQUIRED: () => 'You do not have permission to do this',
  AUDIT_NOT_SUBMITTED_YET: () => 'The board sees this audit once the agency submits it',
  RESOURCE_NOT_FOUND: () => 'It is no longer there: it may have been removed',
  AUDIT_LOCKED: () =>
    'The audit has been submitted, so it cannot change unless the board returns it',
  AUDIT_TRANSITION_NOT_ALLOWED: () =>
    'The audit has moved on since you loaded this page: reload it to see where it is',
  INDICATOR_NOT_ASSIGNED: () =>
    'This indicator is not assigned to you: ask your agency lead to assign it',
  ACTION_NOT_YOURS: (e) =>
    (e.details as { rights?: string } | undefined)?.rights === 'progress'
      ? 'As its owner you can change its progress, due date and notes: ask your agency lead to change what it is or who owns it'
      : 'This action is on an indicator not assigned to you: ask your agency lead',
  NOTHING_ASSIGNED: () =>
    'Nothing in this audit is assigned to you now: ask your agency lead what to answer',
  RESPONSE_VERSION_CONFLICT: () => 'Someone else changed this answer since you loaded it',
  FRESH_ANSWER_NEEDED: () => t('carryForward.freshBody'),
  CARRIED_ANSWERS_CHANGED: () => t('carryForward.standardStale'),
  CHALLENGE_RESOLVED: () => 'This challenge has been resolved: it takes no more replies',
  CYCLE_STATUS_CHANGE_NOT_ALLOWED: () =>
    'The cycle cannot change to that status from its current one',
  CYCLE_OVERLAPS: (e) => overlapText(e.details),
  FRAMEWORK_ID_RESERVED: () =>
    "This framework id belongs to PIES Audit's own frameworks: give your partnership's framework an id of its own",
  FRAMEWORK_OWNER_AMBIGUOUS: () =>
    'You administer several partnerships, so a platform admin must import this framework for the partnership it belongs to',
  FRAMEWORK_VERSION_PUBLISHED: () =>
    'This version of the framework is published with other content: give the changed framework a new version',
  JOB_NOT_DONE: () => 'The pack is not ready yet',
  REPORT_PACKS_WAITING: () =>
    'Your partnership already has 3 report packs waiting or being built: try again when one is ready',
  PARTNERSHIP_HAS_NO_CYCLE: () => 'The partnership has no audit cycle yet',
  PAYLOAD_TOO_LARGE: () => 'What you sent is too large',
  BODY_TOO_DEEP: () => 'What you sent is nested too deeply to be read',
  MEMBERSHIP_DUPLICATE: () => 'The same role is given twice: remove one of them',
  INVITATION_ANSWERED: () => 'This invitation has already been accepted or declined',
  AGENCY_LEAD_NEEDS_ADMIN: () => 'Only a partnership admin can add an agency lead',
  LAST_PARTNERSHIP_ADMIN: () => t('errors.LAST_PARTNERSHIP_ADMIN'),
  SELF_LOCKOUT: () => t('errors.SELF_LOCKOUT'),
  PASSWORD_CHANGE_REQUIRED: () => t('errors.PASSWORD_CHANGE_REQUIRED'),
  ACCOUNT_LINK_INVALID: () => t('errors.ACCOUNT_LINK_INVALID'),
  MFA_CODE_INVALID: () => t('errors.MFA_CODE_INVALID'),
  MFA_STEP_INVALID: () => t('errors.MFA_STEP_INVALID'),
  MFA_NOT_ENROLLED: () => t('errors.MFA_NOT_ENROLLED'),
  MFA_ALREADY_ENROLLED: () => t('errors.MFA_ALREADY_ENROLLED'),
  MFA_REQUIRED_BY_PARTNERSHIP: () => t('errors.MFA_REQUIRED_BY_PARTNERSHIP'),
  SSO_REQUIRED: () => t('errors.SSO_REQUIRED'),
  SSO_DOMAIN_CLAIMED: () => t('errors.SSO_DOMAIN_CLAIMED'),
  RATE_LIMITED: (e) =>
    `There have been too many attempts. Wait ${e.retryAfterSeconds ? waitText(e.retryAfterSeconds) : 'a few minutes'}, then try again.`,
  SIGN_IN_THROTTLED: (e) =>
    `There have been too many attempts. Wait ${e.retryAfterSeconds ? waitText(e.retryAfterSeconds) : 'a few minutes'}, then try again.`,
  SERVICE_UNAVAILABLE: () => 'Sorry, the service is unavailable. Try again later.',
  INTERNAL_ERROR: () => 'Sorry, there is a problem with the service. Try again later.',
};

/** An API error in words: from its code, or the API's message for a code not known here. */
export function errorText(error: ApiError): string {
  const write = error.code ? ERROR_TEXT[error.code] : undefined;
  return write ? write(error) : upperFirst(error.message);
}
