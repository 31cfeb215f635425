import { unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { ensureCsrfCookie } from '../../auth/csrf';
import { BackLink, Button, ErrorSummary, PageLayout, TextInput } from '../../components';
import { fieldErrors, useApiForm } from '../../forms/use-api-form';

const FIELDS = { email: { id: 'email', label: t('accountLinks.forgot.email') } };

/**
 * "Forgotten your password?": the address to send a reset link to. The page that follows says
 * the same whether or not the address has an account (so does the API).
 */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useApiForm(FIELDS);

  if (sentTo) {
    const title = t('accountLinks.forgot.sentTitle');
    return (
      <PageLayout title={title}>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">{t('accountLinks.forgot.sent', { email: sentTo })}</p>
        <p className="govuk-body">{t('accountLinks.forgot.sentHelp')}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/sign-in">
            {t('accountLinks.notWorking.signIn')}
          </Link>
        </p>
      </PageLayout>
    );
  }

  const title = t('accountLinks.forgot.title');
  return (
    <PageLayout title={title} hasError={form.hasErrors} backLink={<BackLink to="/sign-in" />}>
      <ErrorSummary errors={form.errors.summary} />
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{t('accountLinks.forgot.intro')}</p>
      <form
        noValidate
        onSubmit={(e) =>
          void form.submit(e, async () => {
            if (!email.trim()) return fieldErrors([['email', t('accountLinks.forgot.enterEmail')]]);
            const csrf = await ensureCsrfCookie();
            const sent = await unwrap(
              api.POST('/api/auth/password-reset', {
                params: { header: { 'X-CSRF-Token': csrf } },
                body: { email: email.trim() },
              }),
            );
            setSentTo(sent.email);
          })
        }
      >
        <TextInput
          id="email"
          label={t('accountLinks.forgot.email')}
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          onChange={setEmail}
          error={form.error('email')}
        />
        <Button disabled={form.busy}>{t('accountLinks.forgot.submit')}</Button>
      </form>
    </PageLayout>
  );
}
