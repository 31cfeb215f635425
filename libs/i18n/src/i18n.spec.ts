import { createI18n, t } from './i18n';
import { en } from './locales/en';

describe('@pies/i18n', () => {
  it('translates a key from the English catalogue', () => {
    expect(t('sentMail.title')).toBe('Sent mail');
  });

  it('fills values in without escaping them (the caller escapes for its medium)', () => {
    expect(t('mail.invitation.intro', { inviterName: 'Sam <O’Neil>', placeName: 'A & B' })).toBe(
      'Sam <O’Neil> has invited you to join A & B on PIES Audit.',
    );
  });

  it('chooses the plural form from the count', () => {
    expect(t('sentMail.showing', { count: 1 })).toBe('The newest message.');
    expect(t('sentMail.showing', { count: 7 })).toBe('The newest 7 messages.');
  });

  it('is ready at once: a new instance translates without awaiting anything', () => {
    expect(createI18n('en').t('app.name')).toBe(en.app.name);
  });

  it('has no empty string in the catalogue', () => {
    const walk = (node: object): string[] =>
      Object.values(node).flatMap((v) => (typeof v === 'string' ? [v] : walk(v as object)));
    const strings = walk(en);
    expect(strings.length).toBeGreaterThan(10);
    for (const s of strings) expect(s.trim()).not.toBe('');
  });
});
