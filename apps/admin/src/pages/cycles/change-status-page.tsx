import { unwrap } from '@pies/api-client';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { canManagePartnership } from '../../auth/access';
import { useMe } from '../../auth/session';
import {
  BackLink,
  Button,
  ButtonGroup,
  ErrorSummary,
  Loading,
  PageLayout,
  WarningText,
} from '../../components';
import { useApiForm } from '../../forms/use-api-form';
import { ApiErrorPage, ForbiddenPage } from '../error-pages';
import { withFlash } from '../flash';
import { formatCount, formatDate } from '../format';
import { useCycleAndPartnership } from './use-cycle';

type Target = 'scheduled' | 'draft' | 'open' | 'closed';

/**
 * The confirmation step before a cycle is scheduled (it opens by itself on its opening date),
 * goes back to draft, opens (every member gets an audit; before its date, the page says so) or
 * closes.
 */
function ChangeStatusPage({ target }: { target: Target }) {
  const { cycleId = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const form = useApiForm({});
  const { cycle, partnership } = useCycleAndPartnership(cycleId);

  const error = cycle.error ?? partnership.error;
  if (error) return <ApiErrorPage error={error} />;
  if (!cycle.data || !partnership.data) return <Loading title="Audit cycle" />;
  const c = cycle.data;
  if (!canManagePartnership(me, c.partnershipId)) return <ForbiddenPage />;
  const cyclePath = `/cycles/${c.id}`;
  const reopening = target === 'open' && c.status === 'closed';
  // Opening before the opening date is allowed, but the page names the date it was meant for.
  const early = target === 'open' && !reopening && !c.openingDayCame;
  const titles: Record<Target, string> = {
    scheduled: `Schedule the ${c.name} cycle?`,
    draft: `Cancel the schedule of the ${c.name} cycle?`,
    open: reopening
      ? `Reopen the ${c.name} cycle?`
      : early
        ? `Open the ${c.name} cycle before its opening date?`
        : `Open the ${c.name} cycle?`,
    closed: `Close the ${c.name} cycle?`,
  };
  const title = titles[target];
  const organisations = formatCount(partnership.data.organisationCount, 'member organisation');

  return (
    <PageLayout
      title={title}
      hasError={form.hasErrors}
      backLink={<BackLink to={cyclePath}>Audit cycle {c.name}</BackLink>}
    >
      <ErrorSummary errors={form.errors.summary} />
      <span className="govuk-caption-l">{partnership.data.name}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      {target === 'closed' && (
        <>
          <p className="govuk-body">Closing the cycle ends this round of audits.</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>Audits keep their state: agencies and the board can still read them.</li>
            <li>Organisations that join the partnership from now on do not get an audit in it.</li>
            <li>You can reopen the cycle if you need to.</li>
          </ul>
        </>
      )}
      {target === 'draft' && (
        <p className="govuk-body">
          The cycle goes back to draft and does not open on {formatDate(c.opensOn)}. You can
          schedule or open it later.
        </p>
      )}
      {target === 'scheduled' && (
        <p className="govuk-body">
          {c.openingDayCame
            ? `Its opening date, ${formatDate(c.opensOn)}, has come, so it opens as soon as you schedule it.`
            : `It opens by itself on ${formatDate(c.opensOn)}.`}{' '}
          {partnership.data.organisationCount === 0
            ? 'The partnership has no member organisations yet.'
            : `Each of the ${organisations} then gets an audit to complete by ${formatDate(c.dueOn)}.`}{' '}
          Until then you can change its dates, open it early or cancel the schedule.
        </p>
      )}
      {target === 'open' && (
        <>
          {early && (
            <div className="govuk-inset-text">
              The cycle was meant to open on {formatDate(c.opensOn)}. Opening it now starts the
              round today.
            </div>
          )}
          <p className="govuk-body">
            {partnership.data.organisationCount === 0
              ? 'The partnership has no member organisations yet, so no audits are created now.'
              : reopening
                ? `Each of the ${organisations} that has no audit in this cycle yet gets one.`
                : `Each of the ${organisations} gets an audit to complete by ${formatDate(c.dueOn)}.`}
            {partnership.data.organisationCount > 0 &&
              ` Their agency leads can start at once, on ${c.frameworkTitle}, version ${c.frameworkVersion}.`}
          </p>
          <p className="govuk-body">Organisations that join later get an audit when they join.</p>
          <WarningText>Audits cannot be taken out of a cycle once it has opened.</WarningText>
        </>
      )}
      <form
        noValidate
        onSubmit={(e) =>
          void form.submit(e, async () => {
            const updated = await unwrap(
              api.PATCH('/api/cycles/{cycleId}', {
                params: { path: { cycleId: c.id } },
                body: { status: target },
              }),
            );
            const total = Object.values(updated.audits).reduce((sum, n) => sum + n, 0);
            const headings: Record<string, string> = {
              scheduled: `The ${updated.name} cycle is scheduled to open on ${formatDate(updated.opensOn)}`,
              draft: `The ${updated.name} cycle is a draft again`,
              open: `The ${updated.name} cycle is open: ${formatCount(total, 'organisation has', 'organisations have')} an audit`,
              closed: `The ${updated.name} cycle is closed`,
            };
            // Scheduling on or after the opening date opens the cycle at once.
            navigate(cyclePath, withFlash({ heading: headings[updated.status] }));
          })
        }
      >
        <ButtonGroup>
          <Button variant={target === 'closed' ? 'warning' : 'primary'}>
            {
              {
                scheduled: 'Yes, schedule the cycle',
                draft: 'Yes, cancel the schedule',
                open: reopening
                  ? 'Yes, reopen the cycle'
                  : early
                    ? 'Yes, open it now'
                    : 'Yes, open the cycle',
                closed: 'Yes, close the cycle',
              }[target]
            }
          </Button>
          <Link className="govuk-link" to={cyclePath}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </PageLayout>
  );
}

export const OpenCyclePage = () => <ChangeStatusPage target="open" />;
export const CloseCyclePage = () => <ChangeStatusPage target="closed" />;
export const ScheduleCyclePage = () => <ChangeStatusPage target="scheduled" />;
export const UnscheduleCyclePage = () => <ChangeStatusPage target="draft" />;
