import { type SchemaCycleDto, unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { SummaryList } from '../../components';
import { formatDate } from '../format';

/** For admins on a cycle's page: the reminders its agencies will get, from today. */
export function CycleReminders({ cycle }: { cycle: SchemaCycleDto }) {
  const reminders = useApiData(`cycle-reminders:${cycle.id}`, () =>
    unwrap(api.GET('/api/cycles/{cycleId}/reminders', { params: { path: { cycleId: cycle.id } } })),
  );
  const r = reminders.data;
  if (!r) return null;
  return (
    <section aria-labelledby="reminders-heading">
      <h2 className="govuk-heading-m" id="reminders-heading">
        {t('reminders.heading')}
      </h2>
      {r.coming.length === 0 ? (
        <p className="govuk-body">{t('reminders.none')}</p>
      ) : (
        <>
          <p className="govuk-body">{t('reminders.intro')}</p>
          <SummaryList
            className="app-reminders"
            rows={r.coming.map((row) => ({
              key: formatDate(row.on),
              value: t(row.kind === 'audit_due' ? 'reminders.due' : 'reminders.overdue', {
                count: row.days,
              }),
            }))}
          />
          <p className="govuk-body">
            {t('reminders.weekly')} {t('reminders.agencies', { count: r.agencies })}
          </p>
        </>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={`/partnerships/${cycle.partnershipId}/reminders`}>
          {t('reminders.change')}
        </Link>
        . {t('reminders.sentMail')}
      </p>
    </section>
  );
}
