import { unwrap } from '@pies/api-client';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { landingPath } from '../../auth/access';
import { useMe, useSession } from '../../auth/session';
import { Button, ButtonGroup, ErrorSummary, PageLayout, TextInput } from '../../components';
import { useApiForm } from '../../forms/use-api-form';
import { withFlash } from '../flash';

const FIELDS = {
  currentPassword: { id: 'currentPassword', label: 'Current password' },
  newPassword: { id: 'newPassword', label: 'New password' },
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

  return (
    <PageLayout title="Change your password" hasError={form.hasErrors}>
      <ErrorSummary errors={form.errors.summary} />
      <span className="govuk-caption-l">{me.name}</span>
      <h1 className="govuk-heading-l">Change your password</h1>
      {required && (
        <p className="govuk-body">
          Your password is shorter than PIES Audit now asks. Choose a new one to go on.
        </p>
      )}
      <p className="govuk-body">
        You will stay signed in here; anywhere else you are signed in, you will be signed out.
      </p>
      <form
        noValidate
        onSubmit={(e) =>
          void form.submit(e, async () => {
            await unwrap(
              api.POST('/api/auth/password', { body: { currentPassword, newPassword } }),
            );
            await refresh();
            navigate(landingPath(me), withFlash({ heading: 'Your password has been changed' }));
          })
        }
      >
        <TextInput
          id="currentPassword"
          label="Current password"
          type="password"
          value={currentPassword}
          onChange={setCurrentPassword}
          error={form.error('currentPassword')}
          autoComplete="current-password"
          width="20"
        />
        <TextInput
          id="newPassword"
          label="New password"
          hint="At least 12 characters. Three or four words you will remember work well. Avoid common passwords and the names of PIES Audit or your partnership."
          type="password"
          value={newPassword}
          onChange={setNewPassword}
          error={form.error('newPassword')}
          autoComplete="new-password"
          width="20"
        />
        <ButtonGroup>
          <Button disabled={form.busy}>Change password</Button>
          {!required && (
            <Link className="govuk-link" to={landingPath(me)}>
              Cancel
            </Link>
          )}
        </ButtonGroup>
      </form>
    </PageLayout>
  );
}
