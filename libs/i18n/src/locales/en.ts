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
    'password-reset': {
      subject: 'Reset your PIES Audit password',
      title: 'Reset your password',
      intro: 'Someone asked to reset the password of your PIES Audit account.',
      action: 'Choose a new password',
      expiry: 'This link can be used once, within one hour.',
      ignore: 'If it was not you, ignore this message: your password stays as it is.',
    },
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
    showing: 'The newest {{count}} messages.',
    statusQueued: 'Queued',
    statusSent: 'Sent',
    statusFailed: 'Failed',
  },
};

/** The shape every catalogue has (the Welsh one will be checked against it). */
export type Catalogue = typeof en;
