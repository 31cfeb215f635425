import { ApiError, unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { api } from '../api/client';
import { ensureCsrfCookie } from '../auth/csrf';
import { landingPath } from '../auth/access';
import type { SignInState } from '../auth/require-sign-in';
import { useSession } from '../auth/session';
import { errorText } from '../errors/error-text';
import { SsoSignInOffer } from './sso/sso-sign-in-offer';
import {
  Button,
  ErrorSummary,
  type ErrorItem,
  NotificationBanner,
  PageLayout,
  TextInput,
} from '../components';

export function SignInPage() {
  const { state, signedIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  // Back to the page that needed signing in; from the home page, to the user's own landing.
  const requested = (location.state as SignInState | null)?.from;
  const from = requested && requested !== '/' ? requested : undefined;
  const reason = (location.state as SignInState | null)?.reason;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [inline, setInline] = useState<{ email?: string; password?: string }>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    // The API wants the CSRF cookie on the login POST: set it before the user submits.
    ensureCsrfCookie().catch(() => undefined);
  }, []);

  if (state.status === 'signed-in' && !busy)
    return <Navigate to={from ?? landingPath(state.me)} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const missing: { email?: string; password?: string } = {};
    if (!email.trim()) missing.email = 'Enter your email address';
    if (!password) missing.password = 'Enter your password';
    if (missing.email || missing.password) {
      setInline(missing);
      setErrors(Object.entries(missing).map(([href, text]) => ({ href, text })));
      return;
    }
    setBusy(true);
    try {
      const token = await ensureCsrfCookie();
      const answer = await unwrap(
        api.POST('/api/auth/login', {
          params: { header: { 'X-CSRF-Token': token } },
          body: { email: email.trim(), password },
        }),
      );
      // The password was right and a second factor is next: a code, or setting one up.
      if ('step' in answer) {
        navigate(answer.step === 'mfa' ? '/sign-in/code' : '/sign-in/set-up', {
          replace: true,
          state: { from } satisfies SignInState,
        });
        return;
      }
      const me = answer;
      // Roles offered since the last sign-in are answered first: they grant nothing until then.
      const invitations = await unwrap(api.GET('/api/invitations')).catch(() => []);
      signedIn(me);
      navigate(invitations.length ? '/invitations' : (from ?? landingPath(me)), { replace: true });
    } catch (error) {
      setBusy(false);
      setPassword('');
      if (error instanceof ApiError && error.code === 'SSO_REQUIRED') {
        setInline({ email: errorText(error) });
        setErrors([{ href: 'email', text: errorText(error) }]);
      } else if (error instanceof ApiError && error.code === 'SIGN_IN_THROTTLED') {
        setInline({});
        setErrors([{ text: errorText(error) }]);
      } else if (
        error instanceof ApiError &&
        (error.code === 'CREDENTIALS_INVALID' || error.code === 'VALIDATION_FAILED')
      ) {
        setInline({ email: 'Enter a correct email address and password' });
        setErrors([{ href: 'email', text: 'The email address or password is not right' }]);
      } else {
        setInline({});
        setErrors([{ text: 'Sorry, there is a problem with the service. Try again later.' }]);
      }
    }
  }

  return (
    <PageLayout title="Sign in" hasError={errors.length > 0}>
      <ErrorSummary errors={errors} />
      {errors.length === 0 && reason === 'expired' && (
        <NotificationBanner title="Important" heading="Your session has ended">
          <p className="govuk-body">Sign in again to carry on. Anything you saved has been kept.</p>
        </NotificationBanner>
      )}
      {errors.length === 0 && reason === 'signed-out' && (
        <NotificationBanner type="success" heading="You have signed out" />
      )}
      {errors.length === 0 && reason === 'password-reset' && (
        <NotificationBanner type="success" heading={t('accountLinks.reset.done')}>
          <p className="govuk-body">{t('accountLinks.reset.doneHelp')}</p>
        </NotificationBanner>
      )}
      <h1 className="govuk-heading-l">Sign in to PIES Audit</h1>
      <p className="govuk-body">{t('accountLinks.signInIntro')}</p>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <TextInput
          id="email"
          label="Email address"
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          onChange={setEmail}
          error={inline.email}
        />
        <SsoSignInOffer email={email} />
        <TextInput
          id="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={inline.password}
          width="20"
        />
        <Button>Sign in</Button>
      </form>
      <p className="govuk-body">
        <Link className="govuk-link" to="/forgot-password">
          {t('accountLinks.forgot.link')}
        </Link>
      </p>
    </PageLayout>
  );
}
