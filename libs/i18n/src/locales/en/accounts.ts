/** English: People, accounts and signing in: invitations, passwords, two-step verification, single sign-on. Part of the catalogue (../en.ts). */
export const accounts = {
  app: {
    name: 'PIES Audit',
  },
  accountLinks: {
    signInIntro:
      'Use your email address and the password you chose. New to PIES Audit? Use the link in your invitation email to choose one.',
    newPassword: 'New password',
    confirmPassword: 'Confirm your new password',
    passwordHint:
      'At least 12 characters. Three or four words you will remember work well. Avoid common passwords and the names of PIES Audit or your partnership.',
    enterPassword: 'Enter a new password',
    passwordsDiffer: 'The passwords do not match: type the same password twice',
    invitation: {
      title: 'Set up your account',
      intro:
        'You have been invited to PIES Audit. Choose a password to sign in with; then accept the roles you have been offered.',
      email: 'Email address',
      expires: 'Link works until',
      choose: 'Choose your password',
      submit: 'Set password and sign in',
      done: 'Your password has been set and you are signed in',
    },
    forgot: {
      link: 'Forgotten your password?',
      title: 'Reset your password',
      intro:
        'Enter the email address you sign in with. If it has an account, we will send it a link to choose a new password. The link works for one hour.',
      email: 'Email address',
      enterEmail: 'Enter your email address',
      submit: 'Send reset link',
      sentTitle: 'Check your email',
      sent: 'If {{email}} has a PIES Audit account, we have sent it a link to reset its password. The link works for one hour, once.',
      sentHelp:
        'If no email arrives within a few minutes, check your spam folder, check the address, or ask your partnership’s business unit.',
    },
    reset: {
      title: 'Choose a new password',
      intro:
        'Choose a new password for your account. Once it is changed, you will be signed out everywhere you are signed in.',
      submit: 'Change password',
      done: 'Your password has been changed',
      doneHelp: 'You have been signed out everywhere. Sign in with your new password.',
    },
    notWorking: {
      title: 'This link does not work',
      why: 'It may have expired, been used already, or been replaced by a newer one.',
      invitation:
        'Ask the person who invited you, or your partnership’s business unit, to send your invitation again.',
      resetAgain: 'Ask for a new password reset link',
      signIn: 'Go to sign in',
    },
  },
  people: {
    emailHint:
      'They sign in with this. Someone new to PIES Audit gets an email with a link to choose their password; someone who already uses it is asked to accept the roles.',
    mailNote:
      'We will email them. Someone who is not yet here accepts the roles once they sign in. Nobody else ever sets or sees their password.',
    added:
      'The roles have been given to {{email}}. Someone who does not yet have a role here has been emailed and accepts them once signed in.',
    addedNote:
      'Someone who is not yet a member here has been emailed and accepts it once signed in.',
    failed: 'That did not work: try again',
    list: {
      lastSignIn: 'Last signed in',
      never: 'Never',
      deactivated: 'Deactivated',
    },
    person: {
      loading: 'Person',
      email: 'Email address',
      lastSignIn: 'Last signed in',
      never: 'Never',
      account: 'Account',
      active: 'Active',
      deactivatedOn: 'Deactivated on {{date}}',
      roles: 'Roles in this partnership',
      rolesCaption: "{{name}}'s roles",
      role: 'Role',
      organisation: 'Organisation',
      wholePartnership: 'The partnership',
      actions: 'Actions',
      roleAt: '{{role}}, {{organisation}}',
      makeRole: 'Make {{role}}',
      makeRoleInstead: 'instead of {{what}}',
      roleChanged: '{{name}} is now {{role}}',
      remove: 'Remove',
      removeWhat: 'role: {{what}}',
      roleRemoved: 'The {{role}} role has been removed from {{name}}',
      accountHeading: 'Account',
      isDeactivated: 'The account is deactivated: {{name}} cannot sign in. Their roles are kept.',
      reactivate: 'Reactivate account',
      reactivated: "{{name}}'s account has been reactivated",
      deactivateIntro:
        'Deactivate the account of someone who has left: they are signed out at once and cannot sign in. Their roles are kept, so reactivating it restores them.',
      deactivate: 'Deactivate account',
      deactivated: "{{name}}'s account has been deactivated",
      cannotDeactivateSelf: 'You cannot deactivate your own account.',
      cannotDeactivateHere:
        '{{name}} also has roles outside this partnership: a platform administrator can deactivate their account.',
    },
    invitations: {
      title: 'Invitations not yet accepted',
      none: 'There are no invitations waiting for an answer.',
      email: 'Email address',
      role: 'Role',
      roleAt: '{{role}}, {{organisation}}',
      sent: 'Sent',
      sentBy: '{{date}} by {{name}}',
      actions: 'Actions',
      resend: 'Resend invitation',
      revoke: 'Revoke',
      to: 'to {{email}}',
      resent: 'The invitation to {{email}} has been sent again',
      revoked: 'The invitation to {{email}} has been revoked',
    },
  },
  account: {
    changePassword: {
      title: 'Change your password',
      mustChange: 'Your password is shorter than PIES Audit now asks. Choose a new one to go on.',
      staySignedIn:
        'You will stay signed in here; anywhere else you are signed in, you will be signed out.',
      current: 'Current password',
      submit: 'Change password',
      cancel: 'Cancel',
      done: 'Your password has been changed',
    },
  },
  /** Two-step verification (MFA): sign-in's second step, setting it up, the partnership's policy. */
  /** Where a person is signed in (their account security page). */
  sessions: {
    heading: 'Where you are signed in',
    intro:
      'Sign out of a browser you no longer use or do not recognise. If you do not recognise one, also change your password.',
    browser: 'Browser',
    address: 'Address',
    signedIn: 'Signed in',
    lastUsed: 'Last used',
    thisOne: 'This browser',
    signOut: 'Sign out',
    signOutHidden: '{{browser}}, signed in {{date}}',
    signOutOthers: 'Sign out everywhere else',
    signedOut: 'That browser has been signed out',
    signedOutOthers: 'You have been signed out everywhere else',
    failed: 'It could not be signed out. Try again.',
    loadFailed: 'Where you are signed in could not be loaded. Try again later.',
  },
  mfa: {
    name: 'Two-step verification',
    code: 'Code from your authenticator app',
    codeHint:
      'The 6 digits your authenticator app shows for PIES Audit. A new code appears every 30 seconds.',
    enterCode: 'Enter the 6-digit code from your authenticator app',
    signIn: {
      title: 'Enter the code from your authenticator app',
      intro:
        'Your password was right. To finish signing in, open your authenticator app and enter the code it shows for PIES Audit.',
      submit: 'Continue',
      useRecovery: 'Use a recovery code instead',
      useCode: 'Use a code from your authenticator app instead',
      recoveryTitle: 'Enter a recovery code',
      recoveryIntro:
        'Enter one of the recovery codes you saved when you set up two-step verification. Each code works once.',
      recoveryCode: 'Recovery code',
      recoveryHint: '16 letters and numbers, like abcd-efgh-jkmn-pqrs',
      enterRecoveryCode: 'Enter a recovery code',
      expired: 'Your sign-in has timed out: sign in again with your email address and password.',
      signInAgain: 'Sign in again',
      lostPhone:
        'If you have lost your phone and your recovery codes, ask a platform administrator to reset your two-step verification.',
    },
    setUp: {
      title: 'Set up two-step verification',
      requiredIntro:
        'A partnership you are a board member or administrator of asks everyone in those roles to use two-step verification. Set it up now to finish signing in.',
      intro:
        'Each time you sign in, after your password, you will enter a code from an authenticator app on your phone.',
      step1: '1. Scan the QR code with your authenticator app',
      step1Help:
        'Use an authenticator app such as Microsoft Authenticator or Google Authenticator. In the app, choose to add an account and scan this QR code.',
      qrAlt: 'QR code to add PIES Audit to your authenticator app',
      cannotScan: 'If you cannot scan the QR code, type this key into the app instead:',
      step2: '2. Enter the code the app shows',
      submit: 'Turn on two-step verification',
      start: 'Set up two-step verification',
      codesTitle: 'Save your recovery codes',
      codesIntro:
        'If you lose your phone, you can sign in with one of these codes instead of a code from the app. Each works once.',
      codesWarning:
        'These codes will not be shown again. Save them somewhere safe now: print them or keep them in a password manager.',
      saved: 'I have saved my recovery codes',
      savedRequired: 'Confirm you have saved your recovery codes',
      continue: 'Continue',
      done: 'Two-step verification is on',
    },
    account: {
      title: 'Account security',
      on: 'On: a code from your authenticator app is asked each time you sign in.',
      off: 'Off: you sign in with your password alone.',
      required:
        'A partnership you are a board member or administrator of requires it, so it cannot be turned off.',
      status: 'Two-step verification',
      recoveryLeft: 'Recovery codes not yet used',
      newCodes: 'Get new recovery codes',
      newCodesIntro:
        'Your old recovery codes will stop working. Enter a code from your authenticator app to get new ones.',
      newCodesDone: 'Here are your new recovery codes',
      turnOff: 'Turn off two-step verification',
      turnOffIntro:
        'Enter your password and a code from your authenticator app. Your recovery codes will stop working.',
      password: 'Password',
      turnedOff: 'Two-step verification is off',
      link: 'Account security',
    },
    policy: {
      title: 'Sign-in security',
      link: 'Sign-in security',
      linkHelp: 'Require two-step verification of the board members and administrators.',
      legend: 'Two-step verification',
      require: 'Require two-step verification of board members and partnership administrators',
      requireHint:
        'Those who have not set it up are asked to at their next sign-in: they cannot sign in without it. It cannot be turned off while required.',
      save: 'Save',
      savedOn:
        'Two-step verification is now required of board members and partnership administrators',
      savedOff: 'Two-step verification is no longer required',
    },
    reset: {
      heading: 'Two-step verification',
      intro:
        'If {{name}} has lost their phone and their recovery codes, reset their two-step verification: they sign in with their password, and set it up again if their partnership requires it.',
      button: 'Reset two-step verification',
      done: "{{name}}'s two-step verification has been reset",
    },
  },
  sso: {
    signInWithOrganisation: "Sign in with your organisation's account",
    offer:
      'Your organisation signs in to PIES Audit with its own account. Use it rather than a password.',
    required:
      "Your organisation signs in with its own account: use “Sign in with your organisation's account”",
    problem: {
      title: 'You could not be signed in',
      tryAgain: 'Try signing in again',
      help: 'If this keeps happening, contact your partnership’s business unit or your organisation’s IT team.',
      reasons: {
        state:
          'The sign-in took too long, was already used, or was finished in a different browser. Start again from the sign-in page, in one browser.',
        nonce:
          'The answer from your organisation’s sign-in service did not match the sign-in this browser started, so it was refused. Start again.',
        'no-account':
          'There is no PIES Audit account or invitation for the email address your organisation’s account uses. Ask your partnership’s business unit to invite you with that address.',
        disabled:
          'Your PIES Audit account has been deactivated. Ask your partnership’s business unit to reactivate it.',
        organisation:
          'Your organisation’s account is not the one set up for this email address in PIES Audit (another organisation’s sign-in serves it, or the account belongs to a different organisation).',
        'not-configured':
          'Signing in with your organisation’s account is not set up for this email address. Sign in with your password instead.',
        provider:
          'Your organisation’s sign-in service refused the sign-in or could not be reached. Try again later.',
        unknown: 'Something went wrong signing you in. Try again.',
      },
    },
    admin: {
      nav: 'Single sign-on',
      linkHelp:
        'Let an organisation’s people sign in with their own identity provider (Microsoft Entra ID, Google Workspace, OpenID Connect): propose it, and see what is approved.',
      title: 'Single sign-on',
      intro:
        'Organisations with their own identity provider (Microsoft Entra ID, Google Workspace, any OpenID Connect provider) can sign their people in with it. A partnership admin proposes a configuration; a platform admin approves it before it takes effect. Each email domain is served by one approved configuration.',
      partnershipIntro:
        'Propose single sign-on for an organisation with its own identity provider. It takes effect once a platform admin approves it.',
      empty: 'No single sign-on configurations yet.',
      caption: 'Configurations',
      name: 'Name',
      partnership: 'Partnership',
      issuer: 'Issuer URL',
      issuerHint:
        'The provider’s issuer, starting https://. For Microsoft Entra ID: https://login.microsoftonline.com/<tenant id>/v2.0',
      clientId: 'Client ID',
      clientSecret: 'Client secret',
      clientSecretHint: 'Kept encrypted and never shown again.',
      clientSecretKeep: 'Leave empty to keep the stored secret.',
      domains: 'Email domains',
      domainsHint: 'One per line, for example riverside.gov.uk',
      ssoOnly: 'Single sign-on only',
      ssoOnlyHint:
        'People with these email domains cannot sign in with a password, reset one or set one from an invitation. Platform admins always can.',
      status: 'Status',
      statusProposed: 'Awaiting approval',
      statusApproved: 'Approved',
      secretStored: 'Secret stored',
      yes: 'Yes',
      no: 'No',
      approve: 'Approve',
      edit: 'Edit',
      propose: 'Propose configuration',
      create: 'Create and approve',
      save: 'Save changes',
      newTitle: 'Propose single sign-on',
      editTitle: 'Edit single sign-on',
      proposed: '{{name}} has been proposed: a platform admin must approve it',
      created: '{{name}} has been created and approved',
      approved: '{{name}} has been approved',
      saved: '{{name}} has been saved',
      enterName: 'Enter a name',
      enterIssuer: 'Enter the issuer URL',
      enterClientId: 'Enter the client ID',
      enterClientSecret: 'Enter the client secret',
      enterDomains: 'Enter at least one email domain',
      domainClaimed: 'Already served by another configuration: {{domains}}',
      withdrawHeading: 'Withdraw single sign-on',
      withdrawLink: 'Withdraw this configuration',
      withdrawTitle: 'Withdraw {{name}}?',
      withdrawIntro:
        'People with an email address at {{domains}} will sign in with a password again. Anyone without one sets it with “Forgotten your password?” on the sign-in page. Anyone signed in now stays signed in.',
      withdrawWarning:
        'Their links to the identity provider are removed. To use it again, propose the configuration again.',
      withdrawButton: 'Withdraw single sign-on',
      withdrawn: '{{name}} has been withdrawn',
      withdrawFailed: 'The configuration could not be withdrawn. Try again.',
    },
  },
};
