import { MailRenderer } from './mail-renderer';
import type { MailTemplate } from './mail-outbox';

const renderer = new MailRenderer();
const LINK = 'https://audit.example.org/invitation/abc123';

const params: Record<MailTemplate, Record<string, string>> = {
  invitation: {
    inviterName: 'Sam Jones',
    placeName: 'Northshire SCP',
    expiresOn: '12 December 2026',
  },
  'role-offered': { inviterName: 'Sam Jones', placeName: 'Northshire SCP' },
  'password-reset': {},
  notification: {
    title: "Riverside Academy's audit has been accepted",
    detail: 'The board of Northshire SCP has accepted the 2025-27 audit.',
    action: 'See the audit',
    kindName: 'the board accepts an audit',
    unsubscribeLink: 'https://audit.example.org/unsubscribe/xyz',
  },
  'notification-digest': {
    count: '2',
    items: '- One thing\n- Another',
    kindName: 'the board accepts an audit',
    unsubscribeLink: 'https://audit.example.org/unsubscribe/xyz',
  },
};

describe('MailRenderer', () => {
  it.each(Object.keys(params) as MailTemplate[])(
    '%s: a subject, a text and an HTML body, each word from the catalogue, with the link',
    (template) => {
      const mail = renderer.render(template, params[template], LINK);
      expect(mail.subject).toMatch(/PIES Audit/);
      expect(mail.subject).not.toMatch(/\n/);
      expect(mail.text).toContain(`\n${LINK}\n`);
      expect(mail.html).toContain(`href='${LINK}'`);
      expect(mail.html).toMatch(/^<!doctype html>\n<html lang='en-GB'>/);
      for (const body of [mail.subject, mail.text, mail.html]) {
        expect(body).not.toMatch(/\bmail\.[a-z-]+\.[a-zA-Z]+/); // no untranslated key
        expect(body).not.toMatch(/\{\{|\}\}/);
      }
      for (const value of Object.values(params[template])) expect(mail.text).toContain(value);
      expect(mail.html).not.toMatch(/<img|<script/i);
    },
  );

  it('escapes values in HTML and leaves them as written in plain text and the subject', () => {
    const mail = renderer.render(
      'role-offered',
      { inviterName: '<b>Eve</b>', placeName: 'Tom & Jerry’s "SCP"' },
      LINK,
    );
    expect(mail.html).toContain('&lt;b&gt;Eve&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>Eve</b>');
    expect(mail.text).toContain('<b>Eve</b> has offered you a role in Tom & Jerry’s "SCP"');
    expect(mail.subject).toBe('You are offered a role in Tom & Jerry’s "SCP" on PIES Audit');
  });

  it('fails on a value the template needs and the caller left out', () => {
    expect(() => renderer.render('invitation', { inviterName: 'Sam' }, LINK)).toThrow(
      /placeName|expiresOn/,
    );
  });
});
