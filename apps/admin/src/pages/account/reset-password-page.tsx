import { ApiError, unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { ensureCsrfCookie } from '../../auth/csrf';
import type { SignInState } from '../../auth/require-sign-in';
import { useSession } from '../../auth/session';
import { Button, ErrorSummary, PageLayout } from '../../components';
import { fieldErrors, useApiForm } from '../../forms/use-api-form';
import { LinkNotWorkingPage } from './link-not-working';
import {
  NEW_PASSWORD_FIELDS,
  NewPasswordFields,
  passwordEntryProblems,
} from './new-password-fields';

/**
 * The page a reset mail links to: a new password, set once; every session of the account ends,
 * and the person signs in with it.
 */
export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { refresh } = useSession();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [gone, setGone] = useState(false);
  const form = useApiForm(NEW_PASSWORD_FIELDS);
  if (gone) return <LinkNotWorkingPage kind="reset" />;
  const title = t('accountLinks.reset.title');

  return (
    <PageLayout title={title} hasError={form.hasErrors}>
      <ErrorSummary errors={form.errors.summary} />
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{t('accountLinks.reset.intro')}</p>
      <form
        noValidate
        onSubmit={(e) =>
          void form.submit(e, async () => {
            const problems = passwordEntryProblems(password, confirm);
            if (problems.length) return fieldErrors(problems);
            try {
              const csrf = await ensureCsrfCookie();
              await unwrap(
                api.POST('/api/auth/password-reset/complete', {
                  params: { header: { 'X-CSRF-Token': csrf } },
                  body: { token, password },
                }),
              );
            } catch (error) {
              if (error instanceof ApiError && error.code === 'ACCOUNT_LINK_INVALID')
                return void setGone(true);
              throw error;
            }
            // Every session of the account has ended, this browser's too if it had one.
            await refresh();
            const state: SignInState = { reason: 'password-reset' };
            navigate('/sign-in', { replace: true, state });
          })
        }
      >
        <NewPasswordFields
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
          error={form.error}
        />
        <Button disabled={form.busy}>{t('accountLinks.reset.submit')}</Button>
      </form>
    </PageLayout>
  );
}
