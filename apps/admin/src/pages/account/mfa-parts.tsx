import { ApiError, type SchemaMfaEnrolmentDto } from '@pies/api-client';
import { t } from '@pies/i18n';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import {
  Button,
  Checkboxes,
  ErrorSummary,
  type ErrorItem,
  TextInput,
  WarningText,
} from '../../components';
import { errorText } from '../../errors/error-text';
import './mfa.scss';

/** What the person types as a code: digits only (spaces, as some apps show "123 456", dropped). */
export const typedCode = (value: string) => value.replace(/\s/g, '');

/** A field's error and the summary for it, from a failed call about a code. */
export function codeErrors(
  error: unknown,
  field: string,
): { summary: ErrorItem[]; inline?: string } {
  if (error instanceof ApiError) {
    if (error.code === 'MFA_STEP_INVALID') return { summary: [{ text: errorText(error) }] };
    const problem = error.fieldProblems.find((p) => p.field === field)?.problems[0];
    const text =
      error.code === 'MFA_CODE_INVALID'
        ? field === 'recoveryCode'
          ? t('errors.MFA_RECOVERY_CODE_INVALID')
          : t('errors.MFA_CODE_INVALID')
        : problem
          ? problem.code === 'mfaCodeWrong' || problem.code === 'mfaNotStarted'
            ? t(`errors.${problem.code}`)
            : field === 'recoveryCode'
              ? t('mfa.signIn.enterRecoveryCode')
              : t('mfa.enterCode')
          : undefined;
    if (text) return { summary: [{ href: field, text }], inline: text };
    return { summary: [{ text: errorText(error) }] };
  }
  return { summary: [{ text: 'Sorry, there is a problem with the service. Try again later.' }] };
}

/** The secret in groups of four, easier to type. */
const grouped = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

/**
 * Setting up an authenticator: the QR code and the key as text, then a code from the app to
 * confirm it. `confirm` returns the recovery codes (shown next by the caller).
 */
export function MfaSetUpForm({
  enrolment,
  confirm,
  stepExpired,
}: {
  enrolment: SchemaMfaEnrolmentDto;
  confirm: (code: string) => Promise<void>;
  /** Shown when the sign-in this set-up belongs to has timed out. */
  stepExpired?: ReactNode;
}) {
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [inline, setInline] = useState<string | undefined>();
  const [expired, setExpired] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!typedCode(code)) {
      setInline(t('mfa.enterCode'));
      setErrors([{ href: 'code', text: t('mfa.enterCode') }]);
      return;
    }
    setBusy(true);
    try {
      await confirm(typedCode(code));
    } catch (error) {
      setBusy(false);
      setCode('');
      const found = codeErrors(error, 'code');
      setErrors(found.summary);
      setInline(found.inline);
      setExpired(error instanceof ApiError && error.code === 'MFA_STEP_INVALID');
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      {expired && stepExpired}
      <h2 className="govuk-heading-m">{t('mfa.setUp.step1')}</h2>
      <p className="govuk-body">{t('mfa.setUp.step1Help')}</p>
      <img
        className="app-mfa-qr"
        src={enrolment.qrCode}
        alt={t('mfa.setUp.qrAlt')}
        width={200}
        height={200}
      />
      <p className="govuk-body">{t('mfa.setUp.cannotScan')}</p>
      <p className="govuk-body">
        <code id="mfa-secret" className="app-mfa-secret" data-secret={enrolment.secret}>
          {grouped(enrolment.secret)}
        </code>
      </p>
      <h2 className="govuk-heading-m">{t('mfa.setUp.step2')}</h2>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <TextInput
          id="code"
          label={t('mfa.code')}
          hint={t('mfa.codeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          value={code}
          onChange={setCode}
          error={inline}
          width="5"
        />
        <Button disabled={busy}>{t('mfa.setUp.submit')}</Button>
      </form>
    </>
  );
}

/** The recovery codes, shown once, and the step that says they are saved. */
export function RecoveryCodes({ codes, onSaved }: { codes: string[]; onSaved: () => void }) {
  const [saved, setSaved] = useState<string[]>([]);
  const [error, setError] = useState<string | undefined>();
  return (
    <>
      <ErrorSummary errors={error ? [{ href: 'saved', text: error }] : []} />
      <h2 className="govuk-heading-m">{t('mfa.setUp.codesTitle')}</h2>
      <p className="govuk-body">{t('mfa.setUp.codesIntro')}</p>
      <WarningText>{t('mfa.setUp.codesWarning')}</WarningText>
      <ul className="govuk-list app-recovery-codes" id="recovery-codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!saved.includes('yes')) setError(t('mfa.setUp.savedRequired'));
          else onSaved();
        }}
      >
        <Checkboxes
          name="saved"
          legend={t('mfa.setUp.codesTitle')}
          legendSize="s"
          items={[{ value: 'yes', label: t('mfa.setUp.saved') }]}
          values={saved}
          onChange={setSaved}
          error={error}
        />
        <Button>{t('mfa.setUp.continue')}</Button>
      </form>
    </>
  );
}

/** The way back to the password step, when a second step has timed out. */
export function SignInAgain() {
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to="/sign-in">
        {t('mfa.signIn.signInAgain')}
      </Link>
    </p>
  );
}
