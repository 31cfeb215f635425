import { unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { SummaryList } from '../../components/summary-list';
import { Tag } from '../../components/tag';
import { formatDate } from '../format';
import { ComplianceStatus, OrganisationAudits } from './organisation-audits';

/** On the home page of a lead or contributor: their organisation's audits and what is open. */
export function AgencyHome({
  organisationId,
  organisationName,
}: {
  organisationId: string;
  organisationName: string;
}) {
  const organisation = useApiData(`organisation:${organisationId}`, () =>
    unwrap(
      api.GET('/api/organisations/{organisationId}', { params: { path: { organisationId } } }),
    ),
  );
  const dashboard = useApiData(`org-dashboard:${organisationId}`, async () => {
    const { data, response } = await api.GET('/api/organisations/{organisationId}/dashboard', {
      params: { path: { organisationId } },
    });
    return response.ok ? (data ?? null) : null;
  });
  const partnerships = useApiData('partnerships', () => unwrap(api.GET('/api/partnerships')));
  const partnershipName = (id: string) =>
    partnerships.data?.find((p) => p.id === id)?.name ?? 'Partnership';
  const compliance = organisation.data?.compliance ?? [];
  const d = dashboard.data;
  // The audits whose plans show the open actions: one, unless the agency audits for two partnerships.
  const plans = [...new Set(d?.openActions.map((a) => a.auditId))];
  return (
    <section aria-labelledby={`agency-${organisationId}`} className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-l" id={`agency-${organisationId}`}>
        {organisationName}
      </h2>
      {compliance.length > 0 && (
        <SummaryList
          rows={compliance.map((c) => ({
            key: compliance.length === 1 ? 'Two-yearly audit' : partnershipName(c.partnershipId),
            value: <ComplianceStatus compliance={c} />,
          }))}
        />
      )}
      <OrganisationAudits
        organisationId={organisationId}
        organisationName={organisationName}
        member
        headingLevel={3}
      />
      <p className="govuk-body">
        <Link className="govuk-link" to={`/organisations/${organisationId}/evidence`}>
          {t('evidenceLibrary.libraryLink')}
        </Link>
      </p>
      {d && (
        <>
          <h3 className="govuk-heading-m">Open challenges from the board</h3>
          {d.openChallenges.length === 0 ? (
            <p className="govuk-body">None.</p>
          ) : (
            <ul className="govuk-list govuk-list--spaced">
              {d.openChallenges.map((c) => (
                <li key={c.id}>
                  <Link className="govuk-link" to={`/audits/${c.auditId}/challenges`}>
                    {c.indicatorCode ? `${c.indicatorCode}: ` : 'On the whole audit: '}
                    {c.question ?? 'Challenge'}
                  </Link>
                  <span className="app-cell-secondary">Raised {formatDate(c.raisedAt)}</span>
                </li>
              ))}
            </ul>
          )}
          <h3 className="govuk-heading-m">Open improvement actions</h3>
          {d.openActions.length === 0 ? (
            <p className="govuk-body">None.</p>
          ) : (
            <ul className="govuk-list govuk-list--spaced">
              {d.openActions.map((a) => (
                <li key={a.id}>
                  <Link className="govuk-link" to={`/audits/${a.auditId}/actions/${a.id}`}>
                    {a.indicatorCode ? `${a.indicatorCode}: ` : ''}
                    {a.description}
                  </Link>{' '}
                  {a.overdue && <Tag colour="red">Overdue</Tag>}
                  <span className="app-cell-secondary">
                    {a.owner}
                    {a.dueOn ? `, due ${formatDate(a.dueOn)}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {plans.length === 1 && (
            <p className="govuk-body">
              <Link className="govuk-link" to={`/audits/${plans[0]}/actions`}>
                See the whole action plan
              </Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
