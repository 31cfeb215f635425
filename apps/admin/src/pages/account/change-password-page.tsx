import { unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { landingPath } from '../../auth/access';
import { useMe, useSession } from '../../auth/session';
import { Button, ButtonGroup, ErrorSummary, PageLayout, TextInput } from '../../components';
import { useApiForm } from '../../forms/use-api-form';
import { withFlash } from '../flash';

const FIELDS = {
  currentPassword: { id: 'currentPassword', label: t('account.changePassword.current') },
  newPassword: { id: 'newPassword', label: t('accountLinks.newPassword') },
};

/**
 * Change your own password with the current one; every other session of the account ends. After
 * signing in with a password shorter than the policy asks, the only page there is.
 */
export function ChangePasswordPage() {
  const me = useMe();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const form = useApiForm(FIELDS);
  const required = me.mustChangePassword;
  const title = t('account.changePassword.title');

  return (
    <PageLayout title={title} hasError={form.hasErrors}>
      <ErrorSummary errors={form.errors.summary} />
      <span className="govuk-caption-l">{me.name}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      {required && <p className="govuk-body">{t('account.changePassword.mustChange')}</p>}
      <p className="govuk-body">{t('account.changePassword.staySignedIn')}</p>
      <form
        noValidate
        onSubmit={(e) =>
          void form.submit(e, async () => {
            await unwrap(
              api.POST('/api/auth/password', { body: { currentPassword, newPassword } }),
            );
            await refresh();
            navigate(landingPath(me), withFlash({ heading: t('account.changePassword.done') }));
          })
        }
      >
        <TextInput
          id="currentPassword"
          label={FIELDS.currentPassword.label}
          type="password"
          value={currentPassword}
          onChange={setCurrentPassword}
          error={form.error('currentPassword')}
          autoComplete="current-password"
          width="20"
        />
        <TextInput
          id="newPassword"
          label={FIELDS.newPassword.label}
          hint={t('accountLinks.passwordHint')}
          type="password"
          value={newPassword}
          onChange={setNewPassword}
          error={form.error('newPassword')}
          autoComplete="new-password"
          width="20"
        />
        <ButtonGroup>
          <Button disabled={form.busy}>{t('account.changePassword.submit')}</Button>
          {!required && (
            <Link className="govuk-link" to={landingPath(me)}>
              {t('account.changePassword.cancel')}
            </Link>
          )}
        </ButtonGroup>
      </form>
    </PageLayout>
  );
}
