import { ApiError, type SchemaMeDto, type SchemaMfaEnrolmentDto, unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { landingPath } from '../../auth/access';
import { ensureCsrfCookie } from '../../auth/csrf';
import type { SignInState } from '../../auth/require-sign-in';
import { useSession } from '../../auth/session';
import { ErrorSummary, Loading, PageLayout } from '../../components';
import { errorText } from '../../errors/error-text';
import { MfaSetUpForm, RecoveryCodes, SignInAgain } from './mfa-parts';

/**
 * Signing in when a partnership requires two-step verification and the person has none: set
 * it up (QR code, key, a code), then save the recovery codes; only then is the session used.
 */
export function MfaEnrolPage() {
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as SignInState | null)?.from;
  const [enrolment, setEnrolment] = useState<SchemaMfaEnrolmentDto | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<{ me: SchemaMeDto; codes: string[] } | null>(null);

  useEffect(() => {
    let live = true;
    ensureCsrfCookie()
      .then((token) =>
        unwrap(
          api.POST('/api/auth/mfa/enrolment', { params: { header: { 'X-CSRF-Token': token } } }),
        ),
      )
      .then(
        (e) => live && setEnrolment(e),
        (e: unknown) =>
          live &&
          setFailure(
            e instanceof ApiError
              ? errorText(e)
              : 'Sorry, there is a problem with the service. Try again later.',
          ),
      );
    return () => {
      live = false;
    };
  }, []);

  const title = done ? t('mfa.setUp.codesTitle') : t('mfa.setUp.title');
  if (!enrolment && !failure) return <Loading title={title} />;
  return (
    <PageLayout title={title} hasError={!!failure}>
      {failure && (
        <>
          <ErrorSummary errors={[{ text: failure }]} />
          <SignInAgain />
        </>
      )}
      <span className="govuk-caption-l">{t('mfa.name')}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      {done ? (
        <RecoveryCodes
          codes={done.codes}
          onSaved={() => {
            signedIn(done.me);
            navigate(from ?? landingPath(done.me), { replace: true });
          }}
        />
      ) : (
        enrolment && (
          <>
            <p className="govuk-body">{t('mfa.setUp.requiredIntro')}</p>
            <p className="govuk-body">{t('mfa.setUp.intro')}</p>
            <MfaSetUpForm
              enrolment={enrolment}
              stepExpired={<SignInAgain />}
              confirm={async (code) => {
                const token = await ensureCsrfCookie();
                const { recoveryCodes, ...me } = await unwrap(
                  api.POST('/api/auth/mfa/enrolment/confirm', {
                    params: { header: { 'X-CSRF-Token': token } },
                    body: { code },
                  }),
                );
                setDone({ me, codes: recoveryCodes });
              }}
            />
          </>
        )
      )}
    </PageLayout>
  );
}
