import { type SchemaComplianceDto, unwrap } from '@pies/api-client';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { Table } from '../../components/table';
import { formatCount, formatDate } from '../format';
import { AuditStatusTag, ComplianceTag } from '../status-tags';
import { ActionPlanLink } from '../actions/action-summary';

/**
 * An organisation's audits, newest cycle first, each linking to where the user works on it:
 * the task list for the agency's own people, the board's review for everyone else.
 */
export function OrganisationAudits({
  organisationId,
  organisationName,
  member,
  headingLevel = 2,
}: {
  organisationId: string;
  organisationName: string;
  /** The user is a lead or contributor of this organisation. */
  member: boolean;
  headingLevel?: 2 | 3;
}) {
  const audits = useApiData(`org-audits:${organisationId}`, () =>
    unwrap(
      api.GET('/api/organisations/{organisationId}/audits', {
        params: { path: { organisationId } },
      }),
    ),
  );
  const Heading = `h${headingLevel}` as const;
  return (
    <>
      <Heading className="govuk-heading-m">Audits</Heading>
      {audits.error ? (
        <p className="govuk-body">The audits could not be loaded. Try again later.</p>
      ) : !audits.data ? (
        <p className="govuk-body app-loading" role="status">
          Loading…
        </p>
      ) : audits.data.length === 0 ? (
        <p className="govuk-body">
          No audits yet. One appears here when the partnership opens an audit cycle.
        </p>
      ) : (
        <Table
          caption={`Audits of ${organisationName}`}
          captionHidden
          rows={audits.data}
          rowKey={(a) => a.id}
          columns={[
            {
              key: 'cycle',
              header: 'Audit',
              cell: (a) => (
                <>
                  <Link className="govuk-link" to={`/audits/${a.id}${member ? '' : '/review'}`}>
                    {a.cycle.name}
                    <span className="govuk-visually-hidden"> audit</span>
                  </Link>
                  <span className="app-cell-secondary">Due {formatDate(a.cycle.dueOn)}</span>
                </>
              ),
            },
            { key: 'status', header: 'Status', cell: (a) => <AuditStatusTag status={a.status} /> },
            {
              key: 'attention',
              header: 'Open items',
              cell: (a) =>
                a.openChallenges + a.overdueActions === 0 ? (
                  'Nothing'
                ) : (
                  <ul className="govuk-list">
                    {a.openChallenges > 0 && (
                      <li>
                        <Link className="govuk-link" to={`/audits/${a.id}/challenges`}>
                          {formatCount(a.openChallenges, 'open challenge')}
                        </Link>
                      </li>
                    )}
                    {a.overdueActions > 0 && (
                      <li>
                        <ActionPlanLink auditId={a.id} overdue={a.overdueActions} />
                      </li>
                    )}
                  </ul>
                ),
            },
          ]}
        />
      )}
    </>
  );
}

/** Two-yearly audit compliance in one partnership, with the date that matters. */
export function ComplianceStatus({ compliance }: { compliance: SchemaComplianceDto }) {
  const detail =
    compliance.status === 'compliant' && compliance.expiresOn
      ? `until ${formatDate(compliance.expiresOn)}`
      : compliance.nextDueOn
        ? `next audit due ${formatDate(compliance.nextDueOn)}`
        : compliance.lastAcceptedAt
          ? `last accepted ${formatDate(compliance.lastAcceptedAt)}`
          : '';
  return (
    <>
      <ComplianceTag status={compliance.status} />
      {detail && <span className="app-cell-secondary">{detail}</span>}
    </>
  );
}
