/** English: The words for error and problem codes added since mail arrived. Part of the catalogue (../en.ts). */
export const errors = {
  /** The web app's words for error and problem codes this issue added (older ones: errors/error-text.ts). */
  errors: {
    roleNotForMembership: 'Select a role of the same kind',
    passwordTooShort: '{{label}} must be {{min}} characters or more',
    passwordTooCommon:
      '{{label}} is a commonly used password: choose a longer phrase only you would think of',
    passwordHasAppWords: '{{label}} must not contain the name of PIES Audit or of a partnership',
    currentPasswordWrong: 'Your current password is not right',
    LAST_PARTNERSHIP_ADMIN:
      'The partnership would have no partnership admin: make someone else its admin first',
    SELF_LOCKOUT:
      'You cannot remove or change your own admin role, or deactivate your own account: ask another admin',
    PASSWORD_CHANGE_REQUIRED: 'Change your password before going on',
    mfaCodeWrong: 'The code is not right, or has been used: wait for the next code and try again',
    mfaNotStarted: 'Start setting up two-step verification again',
    MFA_CODE_INVALID:
      'The code is not right, or has been used: wait for the next code and try again',
    MFA_RECOVERY_CODE_INVALID: 'The recovery code is not right, or has been used',
    MFA_STEP_INVALID: 'Your sign-in has timed out: sign in again',
    MFA_NOT_ENROLLED: 'Two-step verification is not set up',
    MFA_ALREADY_ENROLLED:
      'Two-step verification is on already: turn it off first to set it up again',
    MFA_REQUIRED_BY_PARTNERSHIP:
      'A partnership you are a board member or administrator of requires two-step verification: it cannot be turned off',
    ACCOUNT_LINK_INVALID:
      'This link does not work: it may have expired, been used already, or been replaced by a newer one',
    CYCLE_OVERLAPS:
      'The cycle would run at the same time as the {{name}} cycle ({{opensOn}} to {{dueOn}}): move its opening date to after that cycle is due, or close that cycle first',
    CYCLE_OVERLAPS_unknown:
      "The cycle would run at the same time as another of the partnership's cycles: move its dates",
    SSO_REQUIRED:
      "Your organisation signs in with its own account: use “Sign in with your organisation's account”",
    SSO_DOMAIN_CLAIMED: 'An email domain is already served by another approved configuration',
    issuerNotHttps: '{{label}} must start with https://',
    issuerNotTenantSpecific:
      '{{label}} must name your Microsoft Entra ID tenant by its ID (https://login.microsoftonline.com/<tenant id>/v2.0), not common, organizations or consumers',
  },
};
