import { ApiError, unwrap } from '@pies/api-client';
import { ROLE_LABELS } from '@pies/domain';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { ensureCsrfCookie } from '../../auth/csrf';
import { useSession } from '../../auth/session';
import { Button, ErrorSummary, Loading, PageLayout, SummaryList } from '../../components';
import { fieldErrors, useApiForm } from '../../forms/use-api-form';
import { ApiErrorPage } from '../error-pages';
import { withFlash } from '../flash';
import { formatDate, formatList } from '../format';
import { LinkNotWorkingPage } from './link-not-working';
import {
  NEW_PASSWORD_FIELDS,
  NewPasswordFields,
  passwordEntryProblems,
} from './new-password-fields';
import { SsoSignInOffer } from '../sso/sso-sign-in-offer';

/**
 * The page an invitation mail links to: who the account is, what they are offered, and their own
 * password, set once; then they are signed in and answer the roles on their invitations page.
 */
export function InvitationPage() {
  const { token = '' } = useParams();
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const form = useApiForm(NEW_PASSWORD_FIELDS);
  const [gone, setGone] = useState(false);
  const link = useApiData(`invitation-link:${token}`, () =>
    unwrap(api.GET('/api/auth/invitation/{token}', { params: { path: { token } } })),
  );
  const title = t('accountLinks.invitation.title');
  const invalid = (e: unknown) => e instanceof ApiError && e.code === 'ACCOUNT_LINK_INVALID';
  if (gone || invalid(link.error)) return <LinkNotWorkingPage kind="invitation" />;
  if (link.error) return <ApiErrorPage error={link.error} />;
  if (!link.data) return <Loading title={title} />;
  const { email, name, invitations, expiresAt } = link.data;

  return (
    <PageLayout title={title} hasError={form.hasErrors}>
      <ErrorSummary errors={form.errors.summary} />
      <span className="govuk-caption-l">{name}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{t('accountLinks.invitation.intro')}</p>
      <SummaryList
        rows={[
          { key: t('accountLinks.invitation.email'), value: email },
          ...invitations.map((i) => ({
            key: ROLE_LABELS[i.role],
            value: formatList([
              ...(i.organisationName ? [i.organisationName] : []),
              ...i.partnershipNames,
            ]),
          })),
          { key: t('accountLinks.invitation.expires'), value: formatDate(expiresAt) },
        ]}
      />
      <SsoSignInOffer email={email} />
      <h2 className="govuk-heading-m">{t('accountLinks.invitation.choose')}</h2>
      <form
        noValidate
        onSubmit={(e) =>
          void form.submit(e, async () => {
            const problems = passwordEntryProblems(password, confirm);
            if (problems.length) return fieldErrors(problems);
            try {
              const csrf = await ensureCsrfCookie();
              const me = await unwrap(
                api.POST('/api/auth/invitation', {
                  params: { header: { 'X-CSRF-Token': csrf } },
                  body: { token, password },
                }),
              );
              signedIn(me);
              navigate('/invitations', withFlash({ heading: t('accountLinks.invitation.done') }));
            } catch (error) {
              if (invalid(error)) return void setGone(true);
              throw error;
            }
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
        <Button disabled={form.busy}>{t('accountLinks.invitation.submit')}</Button>
      </form>
    </PageLayout>
  );
}
