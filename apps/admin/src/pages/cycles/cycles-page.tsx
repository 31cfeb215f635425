import { unwrap } from '@pies/api-client';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { canManagePartnership } from '../../auth/access';
import { useMe } from '../../auth/session';
import { BackLink, ButtonLink, Loading, PageLayout, Table } from '../../components';
import { ApiErrorPage } from '../error-pages';
import { FlashBanner } from '../flash';
import { formatDate } from '../format';
import { auditsReceived, auditTotal, CycleStatusTag } from './cycle-status';

/** A partnership's audit cycles, newest first, with their state and how far the audits are. */
export function CyclesPage() {
  const { partnershipId = '' } = useParams();
  const me = useMe();
  const partnership = useApiData(`partnership:${partnershipId}`, () =>
    unwrap(api.GET('/api/partnerships/{partnershipId}', { params: { path: { partnershipId } } })),
  );
  const cycles = useApiData(`cycles:${partnershipId}`, () =>
    unwrap(
      api.GET('/api/partnerships/{partnershipId}/cycles', { params: { path: { partnershipId } } }),
    ),
  );
  const error = partnership.error ?? cycles.error;
  if (error) return <ApiErrorPage error={error} />;
  if (!partnership.data || !cycles.data) return <Loading title="Audit cycles" />;
  const isAdmin = canManagePartnership(me, partnershipId);

  return (
    <PageLayout
      title="Audit cycles"
      width="full"
      backLink={<BackLink to={`/partnerships/${partnershipId}`}>{partnership.data.name}</BackLink>}
    >
      <FlashBanner />
      <div className="app-heading-with-action">
        <div>
          <span className="govuk-caption-l">{partnership.data.name}</span>
          <h1 className="govuk-heading-l">Audit cycles</h1>
        </div>
        {isAdmin && (
          <ButtonLink to={`/partnerships/${partnershipId}/cycles/new`}>Create a cycle</ButtonLink>
        )}
      </div>
      <p className="govuk-body">
        Each cycle is one round of self-audits, usually every two years. Opening a cycle gives every
        member organisation an audit to complete by the due date.
      </p>
      {cycles.data.length === 0 ? (
        <p className="govuk-body">
          {isAdmin
            ? 'There are no audit cycles yet. Create one to start the first round of audits.'
            : 'There are no audit cycles yet.'}
        </p>
      ) : (
        <Table
          className="govuk-table--small-text-until-tablet"
          caption="Audit cycles, newest first"
          captionHidden
          rows={cycles.data}
          rowKey={(c) => c.id}
          columns={[
            {
              key: 'name',
              header: 'Cycle',
              cell: (c) => (
                <>
                  <Link className="govuk-link" to={`/cycles/${c.id}`}>
                    {c.name}
                  </Link>
                  <span className="app-cell-secondary">
                    {formatDate(c.opensOn)} to {formatDate(c.dueOn)}
                  </span>
                  <span className="app-cell-secondary">
                    {c.frameworkTitle}, version {c.frameworkVersion}
                  </span>
                </>
              ),
            },
            { key: 'status', header: 'Status', cell: (c) => <CycleStatusTag status={c.status} /> },
            {
              key: 'audits',
              header: 'Audits',
              cell: (c) =>
                auditTotal(c) === 0 ? (
                  <span className="app-secondary-text">
                    {c.status === 'draft' || c.status === 'scheduled'
                      ? 'Created when the cycle opens'
                      : 'None'}
                  </span>
                ) : (
                  <>
                    {auditsReceived(c)}
                    <span className="app-cell-secondary">
                      {c.audits.in_progress} in progress, {c.audits.not_started} not started
                      {c.audits.returned > 0 ? `, ${c.audits.returned} returned` : ''}
                      {c.audits.accepted > 0 ? `, ${c.audits.accepted} accepted` : ''}
                    </span>
                  </>
                ),
            },
          ]}
        />
      )}
    </PageLayout>
  );
}
