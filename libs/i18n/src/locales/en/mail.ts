/** English: Mail and notices: mail templates, notifications, their settings, unsubscribing, Sent mail. Part of the catalogue (../en.ts). */
export const mail = {
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
      action_assigned: 'you are made the owner of an improvement action',
      action_due: 'an improvement action is due soon',
      action_overdue: 'an improvement action is overdue',
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
    action_assigned: {
      title: '{{assigner}} has made you the owner of an improvement action of {{organisation}}',
      detail:
        '{{assigner}} has made you the owner of the improvement action on {{subject}} in the action plan of {{organisation}}. You are reminded a week before its due date. Read it and update its progress in the app.',
      action: 'Open the action',
    },
    action_due: {
      title: 'An improvement action of {{organisation}} is due on {{dueOn}}',
      detail:
        'The improvement action on {{subject}} in the action plan of {{organisation}} is due on {{dueOn}}. Update its progress in the app.',
      action: 'Open the action',
    },
    action_overdue: {
      title: 'An improvement action of {{organisation}} is overdue',
      detail:
        'The improvement action on {{subject}} in the action plan of {{organisation}} was due on {{dueOn}} and is not done. Update its progress, or move its due date with a reason, in the app.',
      action: 'Open the action',
    },
    /** What an action notice says it is on: an indicator, or the audit as a whole. */
    actionSubject: {
      indicator: 'indicator {{code}}',
      audit: 'the audit as a whole',
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
        action_assigned: {
          legend: 'When you are made the owner of an improvement action',
          hint: 'Someone in your organisation names you as the owner of an action, when they add it or later.',
        },
        action_due: {
          legend: 'When an improvement action is due soon',
          hint: 'A week before the due date of an action you own, or, for agency leads, of an action whose owner has no account.',
        },
        action_overdue: {
          legend: 'When an improvement action is overdue',
          hint: 'Once, when an action you own (or, for agency leads, one whose owner has no account) passes its due date without being done or dropped.',
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
  sentMail: {
    nav: 'Sent mail',
    linkHelp:
      'No mail server is configured: read the mail the app would have sent, such as invitations. Never in production.',
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
};
