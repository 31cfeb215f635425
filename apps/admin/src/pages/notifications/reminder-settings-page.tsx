import { unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { canManagePartnership } from '../../auth/access';
import { useMe } from '../../auth/session';
import {
  BackLink,
  Button,
  ButtonGroup,
  ErrorSummary,
  Loading,
  PageLayout,
  TextInput,
} from '../../components';
import { useApiForm } from '../../forms/use-api-form';
import { ApiErrorPage, ForbiddenPage } from '../error-pages';
import { withFlash } from '../flash';

/** "30, 7, 1" as days; a word that is not a number is sent as it is, for the API to name. */
const parseDays = (text: string): unknown[] =>
  text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((word) => (/^\d+$/.test(word) ? Number(word) : word));

/** A partnership admin chooses the days before the due date agencies are reminded. */
export function ReminderSettingsPage() {
  const { partnershipId = '' } = useParams();
  const me = useMe();
  const settings = useApiData(`reminders:${partnershipId}`, () =>
    unwrap(
      api.GET('/api/partnerships/{partnershipId}/reminders', {
        params: { path: { partnershipId } },
      }),
    ),
  );
  const title = t('reminders.settings.title');
  if (!canManagePartnership(me, partnershipId)) return <ForbiddenPage />;
  if (settings.error) return <ApiErrorPage error={settings.error} />;
  if (!settings.data) return <Loading title={title} />;
  return (
    <ReminderForm partnershipId={partnershipId} saved={settings.data.reminderDays.join(', ')} />
  );
}

function ReminderForm({ partnershipId, saved }: { partnershipId: string; saved: string }) {
  const navigate = useNavigate();
  const [days, setDays] = useState(saved);
  const form = useApiForm({
    reminderDays: {
      id: 'reminderDays',
      label: t('reminders.settings.label'),
      message: () => t('reminders.settings.invalid'),
    },
  });
  const title = t('reminders.settings.title');
  const back = `/partnerships/${partnershipId}/cycles`;
  return (
    <PageLayout
      title={title}
      hasError={form.hasErrors}
      backLink={<BackLink to={back}>Audit cycles</BackLink>}
    >
      <ErrorSummary errors={form.errors.summary} />
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{t('reminders.settings.intro')}</p>
      <form
        noValidate
        onSubmit={(e) =>
          void form.submit(e, async () => {
            await unwrap(
              api.PUT('/api/partnerships/{partnershipId}/reminders', {
                params: { path: { partnershipId } },
                body: { reminderDays: parseDays(days) as number[] },
              }),
            );
            navigate(back, withFlash({ heading: t('reminders.settings.saved') }));
          })
        }
      >
        <TextInput
          id="reminderDays"
          label={t('reminders.settings.label')}
          labelClassName="govuk-label--s"
          hint={t('reminders.settings.hint')}
          error={form.error('reminderDays')}
          value={days}
          onChange={setDays}
          width="10"
          inputMode="numeric"
        />
        <ButtonGroup>
          <Button disabled={form.busy}>{t('reminders.settings.submit')}</Button>
          <Link className="govuk-link" to={back}>
            {t('notificationsPage.settings.cancel')}
          </Link>
        </ButtonGroup>
      </form>
    </PageLayout>
  );
}
