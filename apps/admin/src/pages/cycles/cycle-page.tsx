import type { SchemaCycleDto } from '@pies/api-client';
import { CycleReminders } from '../notifications/cycle-reminders';
import { Link, useParams } from 'react-router';
import { rolesInPartnership } from '../../auth/access';
import { useMe } from '../../auth/session';
import {
  BackLink,
  ButtonGroup,
  ButtonLink,
  Loading,
  PageLayout,
  SummaryList,
  WarningText,
} from '../../components';
import { ApiErrorPage } from '../error-pages';
import { FlashBanner } from '../flash';
import { formatCount, formatDate } from '../format';
import { CycleAudits } from './cycle-audits';
import { auditsReceived, auditTotal, CycleStatusTag } from './cycle-status';
import { OwnAudits } from './own-audits';
import { useCycleAndPartnership } from './use-cycle';

/** What the admin can do next with a cycle in this state. */
function StatusActions({ cycle }: { cycle: SchemaCycleDto }) {
  const path = `/cycles/${cycle.id}`;
  return (
    <ButtonGroup>
      {cycle.status === 'draft' && (
        <>
          <ButtonLink to={`${path}/schedule`}>Schedule the cycle</ButtonLink>
          <ButtonLink to={`${path}/open`} variant="secondary">
            Open it now
          </ButtonLink>
        </>
      )}
      {cycle.status === 'scheduled' && (
        <>
          <ButtonLink to={`${path}/open`} variant="secondary">
            Open it now
          </ButtonLink>
          <ButtonLink to={`${path}/unschedule`} variant="secondary">
            Cancel the schedule
          </ButtonLink>
        </>
      )}
      {cycle.status === 'open' && (
        <ButtonLink to={`${path}/close`} variant="secondary">
          Close the cycle
        </ButtonLink>
      )}
      {cycle.status === 'closed' && (
        <ButtonLink to={`${path}/open`} variant="secondary">
          Reopen the cycle
        </ButtonLink>
      )}
    </ButtonGroup>
  );
}

function statusText(cycle: SchemaCycleDto, organisations?: number): string {
  if (cycle.status === 'draft')
    return organisations === undefined
      ? 'Draft: organisations get their audits when the cycle is opened.'
      : `Draft: when the cycle is opened, each of the ${formatCount(organisations, 'member organisation')} gets an audit.`;
  if (cycle.status === 'scheduled')
    return `Scheduled: opens by itself on ${formatDate(cycle.opensOn)}, when each member organisation gets an audit.`;
  if (cycle.status === 'open') return 'Open: agencies are completing their audits.';
  return 'Closed: the round has finished.';
}

/** Cycles from before the overlap rule that run at the same time as this one. */
function OverlapWarning({ cycle }: { cycle: SchemaCycleDto }) {
  if (cycle.overlapsWith.length === 0) return null;
  return (
    <WarningText>
      This cycle overlaps{' '}
      {cycle.overlapsWith.map((o, i) => (
        <span key={o.id}>
          {i > 0 && ', '}
          <Link className="govuk-link" to={`/cycles/${o.id}`}>
            the {o.name} cycle
          </Link>
        </span>
      ))}
      : a partnership&apos;s cycles should follow one another. Close one, or move its dates.
    </WarningText>
  );
}

/** One audit cycle: its details, open and close (admins), and every organisation's audit. */
export function CyclePage() {
  const { cycleId = '' } = useParams();
  const me = useMe();
  const { cycle, partnership } = useCycleAndPartnership(cycleId);

  if (cycle.error) return <ApiErrorPage error={cycle.error} />;
  // The partnership names the page and counts its members in the status: wait for its answer
  // (or its refusal) too, so nothing moves once the page is shown.
  if (!cycle.data || partnership.loading) return <Loading title="Audit cycle" />;
  const c = cycle.data;
  const roles = rolesInPartnership(me, c.partnershipId);
  const isAdmin = roles.has('partnership_admin');
  const isBoard = isAdmin || roles.has('board_member');
  const change = (field: string) =>
    isAdmin
      ? [{ to: `/cycles/${c.id}/edit`, text: 'Change', visuallyHiddenText: field }]
      : undefined;
  const total = auditTotal(c);

  return (
    <PageLayout
      title={`Audit cycle ${c.name}`}
      width="full"
      backLink={<BackLink to={`/partnerships/${c.partnershipId}/cycles`}>Audit cycles</BackLink>}
    >
      <FlashBanner />
      <span className="govuk-caption-l">{partnership.data?.name ?? 'Audit cycle'}</span>
      <h1 className="govuk-heading-l">Audit cycle {c.name}</h1>
      {isAdmin && <OverlapWarning cycle={c} />}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <SummaryList
            rows={[
              {
                key: 'Status',
                value: (
                  <>
                    <CycleStatusTag status={c.status} />
                    <p className="govuk-body-s app-secondary-text govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                      {statusText(c, partnership.data?.organisationCount)}
                    </p>
                  </>
                ),
              },
              { key: 'Name', value: c.name, actions: change('name') },
              {
                key: 'Framework',
                value: (
                  <Link
                    className="govuk-link"
                    to={`/frameworks/${c.frameworkId}/versions/${encodeURIComponent(c.frameworkVersion)}`}
                  >
                    {c.frameworkTitle}, version {c.frameworkVersion}
                  </Link>
                ),
              },
              {
                key: 'Opening date',
                value: formatDate(c.opensOn),
                actions: change('opening date'),
              },
              { key: 'Due date', value: formatDate(c.dueOn), actions: change('due date') },
              {
                key: 'Audits',
                value:
                  total === 0 ? 'None yet' : <span id="received-count">{auditsReceived(c)}</span>,
              },
            ]}
          />
          {isAdmin && <StatusActions cycle={c} />}
        </div>
        {isBoard && (
          <div className="govuk-grid-column-one-third-from-desktop">
            <h2 className="govuk-heading-s">Results</h2>
            <ul className="govuk-list">
              <li>
                <Link
                  className="govuk-link"
                  to={`/partnerships/${c.partnershipId}/dashboard?cycleId=${c.id}`}
                >
                  Dashboard for this cycle
                </Link>
              </li>
              <li>
                <Link className="govuk-link" to={`/cycles/${c.id}/reports`}>
                  Reports and exports
                </Link>
              </li>
            </ul>
          </div>
        )}
      </div>
      {isAdmin && <CycleReminders cycle={c} />}
      {total > 0 && <OwnAudits cycle={c} />}
      {isBoard && total > 0 && <CycleAudits cycle={c} />}
    </PageLayout>
  );
}
