/**
 * The English catalogue: every user-facing string written since mail arrived (pages, mail, PDF
 * text), grouped by where it shows. Keys are stable; `{{name}}` is a value the caller passes.
 * A TypeScript module rather than JSON so the API's build (swc, which copies no JSON) and the
 * web app's (Vite) both carry it, and so `t` knows every key.
 */
export const en = {
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
  mail: {
    layout: {
      footer:
        'This message was sent by {{appName}}, the online-safeguarding self-audit service. If you were not expecting it, you can ignore it.',
      linkFallback: 'If the button does not work, copy this address into your browser:',
    },
    invitation: {
      subject: 'You are invited to {{placeName}} on PIES Audit',
      title: 'You are invited to PIES Audit',
      intro: '{{inviterName}} has invited you to join {{placeName}} on PIES Audit.',
      action: 'Set your password',
      expiry: 'This link can be used once, until {{expiresOn}}.',
    },
    'role-offered': {
      subject: 'You are offered a role in {{placeName}} on PIES Audit',
      title: 'A new role for you on PIES Audit',
      intro: '{{inviterName}} has offered you a role in {{placeName}} on PIES Audit.',
      action: 'See your invitations',
      next: 'Sign in to accept or decline it.',
    },
    notification: {
      subject: 'PIES Audit: {{title}}',
      unsubscribe:
        'You get this mail because of your role on PIES Audit. To stop mail about this ({{kindName}}), unsubscribe; you will still see it in the app.',
      unsubscribeAction: 'Unsubscribe',
    },
    digest: {
      subject: 'PIES Audit: your daily summary ({{count}} new)',
      title: 'What happened since your last summary',
      action: 'See your notifications',
    },
    'password-reset': {
      subject: 'Reset your PIES Audit password',
      title: 'Reset your password',
      intro: 'Someone asked to reset the password of your PIES Audit account.',
      action: 'Choose a new password',
      expiry: 'This link can be used once, within one hour.',
      ignore: 'If it was not you, ignore this message: your password stays as it is.',
    },
  },
  /** Notices: each kind's words (no answers, commentary or scores: those stay in the app). */
  notifications: {
    kinds: {
      cycle_opened: 'a new audit cycle opens',
      audit_due: 'an audit is due soon',
      audit_overdue: 'an audit is overdue',
      audit_submitted: 'an agency submits its audit',
      challenge_replied: 'an agency replies to your challenge',
      audit_challenged: 'the board challenges an answer',
      audit_returned: 'the board returns an audit',
      audit_accepted: 'the board accepts an audit',
      contributor_assigned: 'your agency lead assigns you part of an audit',
      contributor_done: 'a contributor says their part is done',
    },
    /** What a contributor is assigned, as a contributor_assigned notice names it. */
    assignedWhat: {
      area_one: '{{count}} indicator in {{area}}',
      area_other: '{{count}} indicators in {{area}}',
      indicators_one: 'indicator {{codes}}',
      indicators_other: '{{count}} indicators ({{codes}})',
    },
    cycle_opened: {
      title: 'The {{cycle}} audit cycle has opened for {{organisation}}',
      detail:
        '{{partnership}} asks {{organisation}} to complete its online-safeguarding self-audit by {{dueOn}}.',
      action: 'Open the audit',
    },
    audit_due: {
      title: "{{organisation}}'s audit is due on {{dueOn}}",
      detail:
        '{{partnership}} asks for the {{cycle}} online-safeguarding self-audit of {{organisation}} by {{dueOn}}. It has not been submitted yet.',
      action: 'Open the audit',
    },
    audit_overdue: {
      title: "{{organisation}}'s audit is overdue",
      detail:
        'The {{cycle}} audit of {{organisation}} was due on {{dueOn}} and has not been submitted to {{partnership}}. Complete and submit it as soon as you can.',
      action: 'Open the audit',
    },
    audit_submitted: {
      title: '{{organisation}} has submitted its audit',
      detail:
        'The {{cycle}} audit of {{organisation}} is waiting for the board of {{partnership}} to review it.',
      action: 'Review the audit',
    },
    challenge_replied: {
      title: '{{organisation}} has replied to your challenge',
      detail:
        'There is a reply to your challenge on the {{cycle}} audit of {{organisation}}. Read it in the app.',
      action: 'See the challenge',
    },
    audit_challenged: {
      title: "The board has a question about {{organisation}}'s audit",
      detail:
        'A board member of {{partnership}} has challenged an answer in the {{cycle}} audit. Read the question and reply in the app.',
      action: 'See the challenge',
    },
    audit_returned: {
      title: "{{organisation}}'s audit has been returned",
      detail:
        'The board of {{partnership}} has returned the {{cycle}} audit to you, with its reason. Read the reason in the app, change the audit and submit it again.',
      action: 'Open the audit',
    },
    audit_accepted: {
      title: "{{organisation}}'s audit has been accepted",
      detail: 'The board of {{partnership}} has accepted the {{cycle}} audit.',
      action: 'See the audit',
    },
    contributor_assigned: {
      title: '{{assigner}} has assigned you part of the {{cycle}} audit of {{organisation}}',
      detail:
        '{{assigner}} of {{organisation}} has assigned you {{what}} in the {{cycle}} online-safeguarding self-audit for {{partnership}}. Answer them in the app.',
      action: 'Open the audit',
    },
    contributor_done: {
      title: '{{contributor}} says their part of the {{cycle}} audit is done',
      detail:
        '{{contributor}} has finished the part of the {{cycle}} audit of {{organisation}} assigned to them, for {{partnership}}. Check their answers in the app.',
      action: 'See who has finished',
    },
  },
  /** The web app's notification pages (the notices' own words are `notifications` above). */
  notificationsPage: {
    nav: 'Notifications',
    navUnread: '{{count}} unread',
    title: 'Notifications',
    intro: 'What happened in your audits in the last 90 days, newest first.',
    settingsLink: 'Choose how you get notifications',
    new: 'New',
    unread_one: 'You have 1 unread notification.',
    unread_other: 'You have {{count}} unread notifications.',
    markAllRead: 'Mark all as read',
    markedRead: 'All your notifications are marked as read',
    empty: 'You have no notifications from the last 90 days.',
    emptyHelp:
      'You will be told here, and by email if you choose, when a cycle opens, an audit is due or overdue, the board challenges, returns or accepts an audit, you are assigned part of an audit, or a contributor says their part is done.',
    settings: {
      title: 'Notification settings',
      intro:
        'You always see your notifications in the app. Choose, for each kind, whether we also email you. Emails never contain answers, comments or scores: sign in to read them.',
      kinds: {
        cycle_opened: {
          legend: 'When a new audit cycle opens',
          hint: 'For each organisation you lead.',
        },
        audit_due: {
          legend: 'When an audit is due soon',
          hint: "Reminders before the due date, on the days your partnership sets, while your organisation's audit is not yet submitted.",
        },
        audit_overdue: {
          legend: 'When an audit is overdue',
          hint: 'A reminder each week after the due date until the audit is submitted.',
        },
        audit_submitted: {
          legend: 'When an agency submits its audit',
          hint: 'For board members: an audit is waiting for the board to review it.',
        },
        challenge_replied: {
          legend: 'When an agency replies to your challenge',
          hint: 'For board members: a reply to a challenge you raised.',
        },
        audit_challenged: {
          legend: 'When the board challenges an answer',
          hint: 'A board member asks a question about your audit.',
        },
        audit_returned: {
          legend: 'When the board returns an audit',
          hint: 'The board asks you to change the audit and submit it again.',
        },
        audit_accepted: {
          legend: 'When the board accepts an audit',
          hint: 'The board is content with the audit as submitted.',
        },
        contributor_assigned: {
          legend: 'When you are assigned part of an audit',
          hint: 'For contributors: your agency lead assigns you an area or indicators to answer.',
        },
        contributor_done: {
          legend: 'When a contributor says their part is done',
          hint: 'For agency leads: a contributor has finished the indicators you assigned them.',
        },
      },
      immediate: 'Email me at once',
      digest: 'In a daily summary',
      digestHint: 'One email a day, at the time you choose below, when there is something new.',
      off: 'Only in the app',
      digestHour: 'Time of the daily summary',
      digestHourHint: 'UK time.',
      digestHourInvalid: 'Select a time for the daily summary',
      deliveryInvalid: 'Select how to be told {{what}}',
      submit: 'Save settings',
      cancel: 'Cancel',
      saved: 'Your notification settings have been saved',
    },
  },
  /** A contributor's "My part is done" on their task list, and the lead's view of it. */
  myPartDone: {
    prompt: 'When you have answered everything assigned to you, tell your agency lead.',
    button: 'My part is done',
    confirmHeading: 'Are you sure your part is done?',
    confirmBody_one:
      'Your agency lead will be told that you have finished the indicator assigned to you.',
    confirmBody_other:
      'Your agency lead will be told that you have finished the {{count}} indicators assigned to you.',
    notCompleted_one: '1 of your indicators is not completed yet.',
    notCompleted_other: '{{count}} of your indicators are not completed yet.',
    warning: 'Warning',
    confirm: 'Yes, my part is done',
    back: 'Go back',
    failed: 'It could not be saved. Try again.',
    told: 'Your agency lead has been told your part is done',
    doneHeading: 'You said your part is done',
    doneBody_one:
      'On {{date}} you told your agency lead that the indicator assigned to you is done. You can still change your answers until the audit is submitted.',
    doneBody_other:
      'On {{date}} you told your agency lead that the {{count}} indicators assigned to you are done. You can still change your answers until the audit is submitted.',
    column: 'Their part',
    done: 'Done',
    doneOn: 'They said so on {{date}}',
    notYet: 'Not said done yet',
  },
  /** Answers carried forward from the last audit: confirming them, or answering afresh. */
  carryForward: {
    tag: 'Carried forward: confirm',
    tagFresh: 'Wording changed: answer again',
    intro_one:
      '{{count}} answer was carried forward from your last audit. It counts as completed once you confirm it still holds (or change it).',
    intro_other:
      '{{count}} answers were carried forward from your last audit. Each counts as completed once you confirm it still holds (or change it).',
    standardLink_one: 'Review the carried-forward answer in {{standard}} and confirm it',
    standardLink_other:
      'Review the {{count}} carried-forward answers in {{standard}} and confirm them',
    heading: 'Carried forward from your last audit',
    body: 'This answer was copied from your last audit. It does not count as completed until you confirm it still holds, or change it.',
    confirm: 'Confirm this answer',
    confirmed: 'You have confirmed this answer',
    freshHeading: 'Changed since your last audit: this indicator needs a fresh answer',
    freshBody:
      'The wording of this indicator changed since your last audit. Your last answer was copied here, but it cannot be confirmed as it is: change the level, commentary or evidence so that it answers the new wording.',
    failed: 'The answer could not be confirmed. Try again.',
    standardTitle: 'Confirm the carried-forward answers in {{standard}}',
    standardIntro:
      'These answers were copied from your last audit. Read them together. If they all still hold, confirm them; to change one, open it.',
    confirmAll_one: 'Confirm this answer',
    confirmAll_other: 'Confirm all {{count}} answers in this standard',
    standardNone: 'No answers in this standard are waiting to be confirmed.',
    standardFresh: 'These need a fresh answer because their wording changed:',
    standardDone_one: 'You have confirmed the carried-forward answer in {{standard}}',
    standardDone_other: 'You have confirmed {{count}} carried-forward answers in {{standard}}',
    standardStale:
      'The answers changed while you were reading them. Read them again before confirming.',
    checkHeading: 'Carried forward and not yet confirmed',
    checkIntro_one:
      '{{count}} answer copied from your last audit is not confirmed yet. You cannot submit until it is.',
    checkIntro_other:
      '{{count}} answers copied from your last audit are not confirmed yet. You cannot submit until they are.',
    backToTaskList: 'Back to the task list',
    toConfirm_one: '({{count}} carried forward, not confirmed)',
    toConfirm_other: '({{count}} carried forward, not confirmed)',
  },
  /** A partnership's reminder days, and a cycle's reminders to come (admins). */
  reminders: {
    heading: 'Reminders',
    intro:
      'Agency leads whose audit is not yet submitted are reminded by email (or in the app, as each person chooses) on these days:',
    none: 'No more reminders: the cycle is closed.',
    due_one: '{{count}} day before the due date',
    due_other: '{{count}} days before the due date',
    overdue_one: '{{count}} day overdue',
    overdue_other: '{{count}} days overdue',
    weekly: 'Then every week while an audit is overdue.',
    agencies_one: 'Today {{count}} agency has not submitted its audit.',
    agencies_other: 'Today {{count}} agencies have not submitted their audit.',
    change: 'Change reminder days',
    sentMail: 'Reminders already sent are on the Sent mail page.',
    settings: {
      title: 'Reminder days',
      intro:
        "Choose how many days before a cycle's due date agency leads are reminded, while their audit is not yet submitted. Overdue audits are reminded every week whatever you choose.",
      label: 'Days before the due date',
      hint: 'Whole days from 1 to 365, separated by commas, for example 30, 7, 1. Leave empty for no reminders before the due date.',
      invalid: 'Enter whole days from 1 to 365, separated by commas, at most 10, none twice',
      submit: 'Save reminder days',
      saved: 'The reminder days have been saved',
    },
  },
  /** The top of the home page: what needs the person now, by the roles they hold. */
  attention: {
    heading: 'What needs your attention',
    nothing: 'Nothing needs you now.',
    loadFailed: 'What needs your attention could not be loaded. Try again later.',
    more: 'Showing the first {{shown}} of {{count}}, oldest first.',
    asBoard: '{{name}}: board',
    asAdmin: '{{name}}: administration',
    awaitingDecision: 'Audits awaiting a decision ({{count}})',
    submittedOn: '{{cycle}} cycle, submitted {{date}}',
    review: 'Review',
    challengeReplies: 'New replies to your challenges ({{count}})',
    wholeAudit: 'the whole audit',
    about: '{{organisation}}, about {{subject}}',
    replies_one: '{{count}} new reply since your last message, on {{date}}',
    replies_other: '{{count}} new replies since your last message, the first on {{date}}',
    readReplies: 'Read replies',
    audits_one: 'Your audit ({{count}})',
    audits_other: 'Your audits ({{count}})',
    cycleIn: '{{cycle}} cycle, {{partnership}}',
    dueOn: 'Due {{date}}',
    cycleDue: '{{cycle}} cycle, due {{date}}',
    overdue: 'Overdue',
    dueSoon: 'Due soon',
    returned: 'Returned',
    returnedBecause: 'Returned by the board: {{reason}}',
    openChallenges_one: '{{count}} challenge from the board to answer',
    openChallenges_other: '{{count}} challenges from the board to answer',
    goToAudit: 'Go to audit',
    answerChallenges: 'Answer challenges',
    actionsDue: 'Actions due ({{count}})',
    actionDue: 'Due {{date}}, owner: {{owner}}',
    viewAction: 'View',
    assigned: 'Indicators assigned to you ({{count}})',
    unanswered_one: '{{count}} indicator to answer, due {{date}}',
    unanswered_other: '{{count}} indicators to answer, due {{date}}',
    answer: 'Answer',
    notStarted: 'Audits not started, due within 30 days ({{count}})',
    viewOrganisation: 'View organisation',
    failedMail: 'Mail that could not be delivered ({{count}})',
    failedMailHint:
      'The mail server refused these, or they ran out of retries. Check the addresses with the people concerned.',
    sentOn: '{{subject}}, written {{date}}',
    sentMailLink: 'See the Sent mail page',
  },
  /** The board's review: what changed in a resubmitted audit since it was returned, and who reviews it. */
  liveActions: {
    update: 'Update progress',
    addSuggestion: 'Add this as an action',
    suggestionAdded: 'Added as an action',
    suggestionFailed: 'The action could not be added. Try again.',
    noteLabel: 'Note (optional)',
    noteHint:
      'What has been done, or why. Needed to drop the action or to move a due date it already has. Notes are kept as the action’s history.',
  },
  actionProgress: {
    heading: 'Action plans since review',
    intro:
      'Improvement actions in the audits the board has seen: what is open and overdue in each agency, and what agencies have done since their audit was accepted. A dropped action is never overdue.',
    loading: 'Loading the action plans…',
    failed: 'The action plans could not be loaded. Refresh the page to try again.',
    none: 'No agency has actions in an audit the board has seen.',
    byAgency: 'Actions by agency, most overdue first',
    agency: 'Agency',
    open: 'Open',
    overdue: 'Overdue',
    oldestOverdue: 'Oldest overdue, due',
    noneOverdue: 'None overdue',
    doneSinceAcceptance: 'Done since acceptance',
    recentlyDone: 'Done since their audit was accepted',
    noneDone: 'No action has been done since its audit was accepted.',
    doneOn: 'Done {{date}}.',
  },
  reviewChanges: {
    heading: 'Changed since it was returned',
    tag: 'Changed since it was returned',
    intro:
      'The agency resubmitted this audit on {{resubmitted}}. Compared with the submission of {{returned}} that was returned:',
    count_one: '{{count}} indicator changed.',
    count_other: '{{count}} indicators changed.',
    none: 'Nothing changed in the answers, evidence or actions since it was returned.',
    wholeAudit: 'The audit as a whole',
    level: 'Level',
    commentary: 'Commentary',
    evidence: 'Evidence files',
    links: 'Evidence links',
    actions: 'Actions',
    before: 'Before',
    after: 'After',
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    none_value: 'None',
    notAnswered: 'Not answered',
    levelValue: 'Level {{level}}: {{label}}',
    notApplicable: 'Not applicable: {{reason}}',
    actionField: {
      description: 'Description',
      owner: 'Owner',
      dueOn: 'Due',
      status: 'Status',
    },
    actionFieldChange: '{{field}}: {{before}} → {{after}}',
    actionStatus: {
      // Submission snapshots taken before live action plans say "planned".
      planned: 'Not started',
      not_started: 'Not started',
      in_progress: 'In progress',
      done: 'Done',
      dropped: 'Dropped',
    },
    challenges: 'Challenges on this indicator',
    noChallenges: 'No challenge raised on this indicator.',
    challengeOpen: 'Open',
    challengeResolved: 'Resolved',
    messageBy: '{{author}}, {{date}}',
    board: 'Board',
    agency: 'Agency',
    openThread: 'Reply or resolve on the challenges page',
    seeChanges: 'See what changed',
    loadFailed: 'What changed since it was returned could not be loaded. Try again later.',
  },
  reviewer: {
    label: 'Reviewer',
    nobody: 'Nobody yet',
    you: '{{name}} (you)',
    assignToMe: 'Assign to me',
    unassign: 'Unassign',
    assigned: 'You are now reviewing the audit of {{organisation}}',
    unassigned: 'Nobody is reviewing the audit of {{organisation}} now',
    failed: 'The reviewer could not be changed. Try again.',
    queueReviewer: 'Reviewer: {{name}}',
    queueNobody: 'No reviewer yet',
  },
  /** The page a notification mail's unsubscribe link opens (signed out). */
  unsubscribe: {
    title: 'Unsubscribe from emails',
    intro: 'This link stops the emails PIES Audit sends you when:',
    keepInApp: 'You will still see these notifications in the app when you sign in.',
    submit: 'Unsubscribe',
    doneTitle: 'You have unsubscribed',
    done: 'You will no longer get emails when:',
    doneInApp: 'You will still see these in the app, under Notifications.',
    alreadyTitle: 'You had already unsubscribed',
    already: 'You had already unsubscribed from emails when:',
    settings: 'To get these emails again, or to change other emails, sign in and go to',
    settingsLink: 'your notification settings',
    notWorkingTitle: 'This unsubscribe link does not work',
    notWorking:
      'Check that you copied the whole address from the email. If you did, the link may be from a message that was not sent by PIES Audit.',
    notWorkingSettings: 'You can sign in and choose which emails you get in',
  },
  /** The organisation's evidence library: one file attached to several indicators, in this audit and the next. */
  evidenceLibrary: {
    attachHeading: 'Attach from your library',
    attachLabel: 'A file your organisation has already uploaded',
    attachHint: 'The same file can be evidence for several indicators, in this audit and the next.',
    choose: 'Choose a file',
    attach: 'Attach file',
    attachNothing: 'Choose a file to attach',
    attachFailed: 'The file could not be attached. Try again.',
    alreadyAttached: 'That file is already attached to this indicator',
    remove: 'Remove from this indicator',
    removeFailed: 'The file could not be removed. Try again.',
    stillCurrent: 'Carried from your last audit: still current?',
    confirm: 'Yes, still current',
    confirmFailed: 'The file could not be confirmed. Try again.',
    pageTitle: 'Evidence library',
    pageIntro:
      'Every evidence file your organisation has uploaded, and the indicators it is attached to. Attach a file to an indicator from the indicator’s page.',
    empty: 'No files yet. Files you upload on an indicator’s page appear here.',
    file: 'File',
    usedFor: 'Attached to',
    notAttached: 'Not attached to any indicator',
    inSubmission: 'Part of a submitted audit',
    use: '{{cycle}}: {{code}}',
    libraryLink: 'Your evidence library',
  },
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
  sentMail: {
    nav: 'Sent mail',
    title: 'Sent mail',
    intro:
      'No mail server is configured, so mail is kept here rather than sent. This page never exists in production.',
    empty: 'No mail yet.',
    to: 'To',
    subject: 'Subject',
    status: 'Status',
    createdAt: 'Written',
    sentAt: 'Sent',
    lastError: 'Last error',
    textBody: 'Plain text',
    htmlBody: 'HTML',
    showing_one: 'The newest message.',
    showing_other: 'The newest {{count}} messages.',
    statusQueued: 'Queued',
    statusSent: 'Sent',
    statusFailed: 'Failed',
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
    },
  },
};

/** The shape every catalogue has (the Welsh one will be checked against it). */
export type Catalogue = typeof en;
