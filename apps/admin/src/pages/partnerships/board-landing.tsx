import { ApiError, unwrap } from '@pies/api-client';
import { receivedSentence } from '@pies/domain';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { BoardAttention } from '../attention/attention-section';
import { ScoreRag } from '../board/rag';
import { formatCount, formatDate } from '../format';
import '../board/board.scss';

/** The board's review queue for this partnership (the home page's list, for this partnership). */
function ReviewQueue({ partnershipId }: { partnershipId: string }) {
  const attention = useApiData('attention', () => unwrap(api.GET('/api/account/attention')));
  const s = attention.data?.board.find((b) => b.partnershipId === partnershipId);
  if (attention.error)
    return <p className="govuk-body">The review queue could not be loaded. Try again later.</p>;
  if (!s) return null;
  if (s.awaitingDecision.count === 0 && s.challengeReplies.count === 0)
    return (
      <section aria-labelledby="review-queue-heading">
        <h2 className="govuk-heading-m" id="review-queue-heading">
          No audit is awaiting a decision
        </h2>
        <p className="govuk-body">Submitted audits appear here for the board to review.</p>
      </section>
    );
  return <BoardAttention s={s} onChanged={attention.reload} />;
}

/** The current cycle at a glance, with the way to the full dashboard. */
function DashboardSummary({ partnershipId }: { partnershipId: string }) {
  const dashboard = useApiData(`dashboard-summary:${partnershipId}`, () =>
    unwrap(
      api.GET('/api/partnerships/{partnershipId}/dashboard', {
        params: { path: { partnershipId }, query: { pageSize: 1 } },
      }),
    ).catch((e: unknown) => {
      // A partnership without a cycle has no dashboard yet; anything else is an error.
      if (e instanceof ApiError && e.code === 'PARTNERSHIP_HAS_NO_CYCLE') return null;
      throw e;
    }),
  );
  const d = dashboard.data;
  const link = (
    <Link className="govuk-link" to={`/partnerships/${partnershipId}/dashboard`}>
      Open the dashboard
    </Link>
  );
  return (
    <section aria-labelledby="landing-dashboard-heading">
      <h2 className="govuk-heading-m" id="landing-dashboard-heading">
        Dashboard{d ? `: ${d.cycle.name}` : ''}
      </h2>
      {d && (
        <>
          <p className="govuk-body">
            Audit cycle {d.cycle.name}, due {formatDate(d.cycle.dueOn)}.
          </p>
          <ul className="app-key-figures">
            <li className="app-key-figure" id="landing-received">
              <span className="govuk-body">{receivedSentence(d.completion)}</span>
            </li>
            <li
              className={`app-key-figure${d.completion.overdue > 0 ? ' app-key-figure--warning' : ''}`}
            >
              <span className="govuk-body">
                {formatCount(d.completion.overdue, 'agency', 'agencies')} overdue
              </span>
            </li>
            <li className="app-key-figure">
              <span className="govuk-body">
                Average overall score: <ScoreRag {...d.partnership.overall} />
              </span>
            </li>
          </ul>
        </>
      )}
      {dashboard.error != null && (
        <p className="govuk-body">The dashboard's figures could not be loaded.</p>
      )}
      {dashboard.data === null && <p className="govuk-body">There is no audit cycle yet.</p>}
      <p className="govuk-body">{link}: completion, scores against the benchmark, the heat map.</p>
    </section>
  );
}

/** A board member's partnership page opens on what needs the board: the queue, then the figures. */
export function BoardLanding({ partnershipId }: { partnershipId: string }) {
  return (
    <>
      <ReviewQueue partnershipId={partnershipId} />
      <DashboardSummary partnershipId={partnershipId} />
    </>
  );
}
