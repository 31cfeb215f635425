import { unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { ensureCsrfCookie } from '../../auth/csrf';

const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Where the browser goes to sign in with the organisation's account. */
export const ssoStartUrl = (email: string) =>
  `/api/auth/sso/start?email=${encodeURIComponent(email.trim())}`;

/**
 * Offers "Sign in with your organisation's account" once the email typed is in a domain with an
 * approved SSO configuration (asked of the API a moment after typing stops; the answer says
 * nothing about whether the account exists).
 */
export function SsoSignInOffer({ email }: { email: string }) {
  const [sso, setSso] = useState<{ email: string; on: boolean }>({ email: '', on: false });
  const typed = email.trim().toLowerCase();

  useEffect(() => {
    if (!LOOKS_LIKE_EMAIL.test(typed)) return;
    let live = true;
    const timer = setTimeout(() => {
      ensureCsrfCookie()
        .then((token) =>
          unwrap(
            api.POST('/api/auth/sso/discover', {
              params: { header: { 'X-CSRF-Token': token } },
              body: { email: typed },
            }),
          ),
        )
        .then((answer) => live && setSso({ email: typed, on: answer.sso }))
        .catch(() => undefined);
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [typed]);

  if (!sso.on || sso.email !== typed) return null;
  return (
    <div className="govuk-inset-text" data-testid="sso-offer">
      <p className="govuk-body">{t('sso.offer')}</p>
      <a
        className="govuk-button govuk-!-margin-bottom-0"
        href={ssoStartUrl(typed)}
        draggable={false}
      >
        {t('sso.signInWithOrganisation')}
      </a>
    </div>
  );
}
