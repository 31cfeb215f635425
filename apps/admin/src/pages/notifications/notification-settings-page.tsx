import { type SchemaNotificationPreferencesDto, unwrap } from '@pies/api-client';
import { NOTIFICATION_DELIVERIES, type NotificationDelivery } from '@pies/domain';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import {
  BackLink,
  Button,
  ButtonGroup,
  ErrorSummary,
  Loading,
  PageLayout,
  Radios,
  Select,
} from '../../components';
import type { FieldSpec } from '../../forms/form-errors';
import { useApiForm } from '../../forms/use-api-form';
import { ApiErrorPage } from '../error-pages';
import { withFlash } from '../flash';
import { DELIVERY_LABEL, kindHint, kindLegend, kindWhen } from './kinds';

type Preferences = SchemaNotificationPreferencesDto;

const HOURS = Array.from({ length: 24 }, (_, h) => ({
  value: String(h),
  label: `${String(h).padStart(2, '0')}:00`,
}));

const deliveryId = (kind: string) => `delivery-${kind}`;

/**
 * The form's fields for the API's field paths: the kinds are sent in the order shown, so
 * `kinds.2.delivery` is the third kind's radios.
 */
function fieldsFor(prefs: Preferences): Record<string, FieldSpec> {
  const fields: Record<string, FieldSpec> = {};
  prefs.kinds.forEach(({ kind }, i) => {
    fields[`kinds.${i}.delivery`] = {
      id: deliveryId(kind),
      label: kindLegend(kind),
      message: () => t('notificationsPage.settings.deliveryInvalid', { what: kindWhen(kind) }),
    };
  });
  fields.digestHour = {
    id: 'digestHour',
    label: t('notificationsPage.settings.digestHour'),
    message: () => t('notificationsPage.settings.digestHourInvalid'),
  };
  return fields;
}

/** Per kind: a mail at once, in the daily summary, or only in the app; and the summary's hour. */
export function NotificationSettingsPage() {
  const prefs = useApiData('notification-preferences', () =>
    unwrap(api.GET('/api/account/notification-preferences')),
  );
  const title = t('notificationsPage.settings.title');
  if (prefs.error) return <ApiErrorPage error={prefs.error} />;
  if (!prefs.data) return <Loading title={title} />;
  return <SettingsForm saved={prefs.data} />;
}

function SettingsForm({ saved }: { saved: Preferences }) {
  const navigate = useNavigate();
  const [delivery, setDelivery] = useState<Record<string, NotificationDelivery>>(() =>
    Object.fromEntries(saved.kinds.map((k) => [k.kind, k.delivery])),
  );
  const [digestHour, setDigestHour] = useState(String(saved.digestHour));
  const form = useApiForm(fieldsFor(saved));
  const title = t('notificationsPage.settings.title');

  return (
    <PageLayout
      title={title}
      hasError={form.hasErrors}
      backLink={<BackLink to="/notifications">{t('notificationsPage.title')}</BackLink>}
    >
      <ErrorSummary errors={form.errors.summary} />
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{t('notificationsPage.settings.intro')}</p>
      <form
        noValidate
        onSubmit={(e) =>
          void form.submit(e, async () => {
            await unwrap(
              api.PUT('/api/account/notification-preferences', {
                body: {
                  digestHour: Number(digestHour),
                  kinds: saved.kinds.map(({ kind }) => ({ kind, delivery: delivery[kind] })),
                },
              }),
            );
            navigate(
              '/notifications',
              withFlash({ heading: t('notificationsPage.settings.saved') }),
            );
          })
        }
      >
        {saved.kinds.map(({ kind }) => (
          <Radios
            key={kind}
            name={deliveryId(kind)}
            legend={kindLegend(kind)}
            legendSize="m"
            hint={kindHint(kind)}
            error={form.error(deliveryId(kind))}
            value={delivery[kind] ?? ''}
            onChange={(v) => setDelivery((d) => ({ ...d, [kind]: v as NotificationDelivery }))}
            items={NOTIFICATION_DELIVERIES.map((value) => ({
              value,
              label: DELIVERY_LABEL[value],
              hint: value === 'digest' ? t('notificationsPage.settings.digestHint') : undefined,
            }))}
          />
        ))}
        <Select
          id="digestHour"
          label={t('notificationsPage.settings.digestHour')}
          labelClassName="govuk-label--m"
          hint={t('notificationsPage.settings.digestHourHint')}
          error={form.error('digestHour')}
          value={digestHour}
          onChange={setDigestHour}
          options={HOURS}
        />
        <ButtonGroup>
          <Button disabled={form.busy}>{t('notificationsPage.settings.submit')}</Button>
          <Link className="govuk-link" to="/notifications">
            {t('notificationsPage.settings.cancel')}
          </Link>
        </ButtonGroup>
      </form>
    </PageLayout>
  );
}
