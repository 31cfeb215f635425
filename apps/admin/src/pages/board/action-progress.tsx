import { unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { formatDate } from '../format';

/**
 * A cycle's action plans after review, over the audits the board sees (as the board report
 * counts them): open and overdue actions by agency, and the actions done since their audit was
 * accepted.
 */
export function ActionProgress({ cycleId }: { cycleId: string }) {
  const progress = useApiData(`action-progress:${cycleId}`, () =>
    unwrap(
      api.GET('/api/cycles/{cycleId}/action-progress', {
        params: { path: { cycleId } },
      }),
    ),
  );
  const p = progress.data;
  return (
    <section className="app-section" aria-labelledby="action-progress-heading">
      <h2 className="govuk-heading-m" id="action-progress-heading">
        {t('actionProgress.heading')}
      </h2>
      {progress.error ? (
        <p className="govuk-body">{t('actionProgress.failed')}</p>
      ) : !p ? (
        <p className="govuk-body">{t('actionProgress.loading')}</p>
      ) : (
        <>
          <p className="govuk-body">{t('actionProgress.intro')}</p>
          {p.agencies.length === 0 ? (
            <p className="govuk-body">{t('actionProgress.none')}</p>
          ) : (
            <div
              className="app-scroll"
              tabIndex={0}
              role="region"
              aria-label={`${t('actionProgress.byAgency')} (scrolls sideways)`}
            >
              <table className="govuk-table" id="action-progress-agencies">
                <caption className="govuk-table__caption govuk-table__caption--s">
                  {t('actionProgress.byAgency')}
                </caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      {t('actionProgress.agency')}
                    </th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                      {t('actionProgress.open')}
                    </th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                      {t('actionProgress.overdue')}
                    </th>
                    <th scope="col" className="govuk-table__header">
                      {t('actionProgress.oldestOverdue')}
                    </th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                      {t('actionProgress.doneSinceAcceptance')}
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {p.agencies.map((a) => (
                    <tr className="govuk-table__row" key={a.organisationId}>
                      <th scope="row" className="govuk-table__header">
                        <Link className="govuk-link" to={`/audits/${a.auditId}/actions`}>
                          {a.organisation}
                          <span className="govuk-visually-hidden"> action plan</span>
                        </Link>
                      </th>
                      <td className="govuk-table__cell govuk-table__cell--numeric">{a.open}</td>
                      <td className="govuk-table__cell govuk-table__cell--numeric">{a.overdue}</td>
                      <td className="govuk-table__cell">
                        {a.oldestOverdueOn
                          ? formatDate(a.oldestOverdueOn)
                          : t('actionProgress.noneOverdue')}
                      </td>
                      <td className="govuk-table__cell govuk-table__cell--numeric">
                        {a.doneSinceAcceptance}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3 className="govuk-heading-s">{t('actionProgress.recentlyDone')}</h3>
          {p.recentlyDone.length === 0 ? (
            <p className="govuk-body">{t('actionProgress.noneDone')}</p>
          ) : (
            <ul className="govuk-list govuk-list--spaced" id="action-progress-done">
              {p.recentlyDone.map((a) => (
                <li key={a.id}>
                  <Link className="govuk-link" to={`/audits/${a.auditId}/actions/${a.id}`}>
                    {a.organisation}
                    {a.indicatorCode ? `, ${a.indicatorCode}` : ''}
                  </Link>
                  : {a.description}
                  <span className="app-cell-secondary">
                    {t('actionProgress.doneOn', { date: formatDate(a.closedAt), owner: a.owner })}
                    {a.note ? ` ${a.note}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
