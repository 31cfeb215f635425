import { ApiError, unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { type FormEvent, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { landingPath } from '../../auth/access';
import { ensureCsrfCookie } from '../../auth/csrf';
import type { SignInState } from '../../auth/require-sign-in';
import { useSession } from '../../auth/session';
import { Button, ErrorSummary, type ErrorItem, PageLayout, TextInput } from '../../components';
import { codeErrors, SignInAgain, typedCode } from './mfa-parts';

/**
 * The second step of signing in: a code from the authenticator app, or a recovery code. The
 * password step left an httpOnly cookie naming this sign-in; it lasts five minutes.
 */
export function MfaSignInPage() {
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as SignInState | null)?.from;
  const [recovery, setRecovery] = useState(false);
  const [value, setValue] = useState('');
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [inline, setInline] = useState<string | undefined>();
  const [expired, setExpired] = useState(false);
  const [busy, setBusy] = useState(false);
  const field = recovery ? 'recoveryCode' : 'code';

  function switchMode() {
    setRecovery(!recovery);
    setValue('');
    setErrors([]);
    setInline(undefined);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const typed = recovery ? value.trim() : typedCode(value);
    if (!typed) {
      const text = recovery ? t('mfa.signIn.enterRecoveryCode') : t('mfa.enterCode');
      setInline(text);
      setErrors([{ href: field, text }]);
      return;
    }
    setBusy(true);
    try {
      const token = await ensureCsrfCookie();
      const me = await unwrap(
        api.POST('/api/auth/mfa/verify', {
          params: { header: { 'X-CSRF-Token': token } },
          body: recovery ? { recoveryCode: typed } : { code: typed },
        }),
      );
      const invitations = await unwrap(api.GET('/api/invitations')).catch(() => []);
      signedIn(me);
      navigate(invitations.length ? '/invitations' : (from ?? landingPath(me)), { replace: true });
    } catch (error) {
      setBusy(false);
      setValue('');
      const found = codeErrors(error, field);
      setErrors(found.summary);
      setInline(found.inline);
      setExpired(error instanceof ApiError && error.code === 'MFA_STEP_INVALID');
    }
  }

  const title = recovery ? t('mfa.signIn.recoveryTitle') : t('mfa.signIn.title');
  return (
    <PageLayout title={title} hasError={errors.length > 0}>
      <ErrorSummary errors={errors} />
      {expired && <SignInAgain />}
      <span className="govuk-caption-l">{t('mfa.name')}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        {recovery ? t('mfa.signIn.recoveryIntro') : t('mfa.signIn.intro')}
      </p>
      <form noValidate onSubmit={(e) => void submit(e)}>
        {recovery ? (
          <TextInput
            key="recoveryCode"
            id="recoveryCode"
            label={t('mfa.signIn.recoveryCode')}
            hint={t('mfa.signIn.recoveryHint')}
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={setValue}
            error={inline}
            width="20"
          />
        ) : (
          <TextInput
            key="code"
            id="code"
            label={t('mfa.code')}
            hint={t('mfa.codeHint')}
            inputMode="numeric"
            autoComplete="one-time-code"
            spellCheck={false}
            value={value}
            onChange={setValue}
            error={inline}
            width="5"
          />
        )}
        <Button disabled={busy}>{t('mfa.signIn.submit')}</Button>
      </form>
      <p className="govuk-body">
        <button type="button" className="app-link-button" onClick={switchMode}>
          {recovery ? t('mfa.signIn.useCode') : t('mfa.signIn.useRecovery')}
        </button>
      </p>
      <p className="govuk-body">{t('mfa.signIn.lostPhone')}</p>
    </PageLayout>
  );
}
