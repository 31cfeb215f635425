import { PARTNERSHIP_ROLES, holdsAny } from '@pies/domain';
import { t } from '@pies/i18n';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { rolesInPartnership } from '../../auth/access';
import { useMe } from '../../auth/session';
import { BackLink, Loading, PageLayout, SummaryList, WarningText } from '../../components';
import { FlashBanner, withFlash } from '../flash';
import { formatCount, formatDate } from '../format';
import { AuditStatusTag } from '../status-tags';
import { ActionPlanLink } from '../actions/action-summary';
import { sectorLabel } from '../organisations/sectors';
import { SubmissionReference } from '../audits/submission-reference';
import { AuditErrorPage } from './audit-access';
import { ChangesSinceReturn } from './changes-since-return';
import { DecisionForm } from './decision-form';
import { ScoreRag } from './rag';
import { RaiseChallengeForm } from './raise-challenge-form';
import { ReviewAnswers } from './review-answers';
import { AssignToMe, onBoardOf, Unassign } from './reviewer';
import { useAuditReview } from './use-audit-review';
import { useFormErrorFlags } from './use-form-errors';
import './board.scss';

/** The board reads a submitted audit, challenges it, and accepts or returns it. */
export function AuditReviewPage() {
  const { auditId = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const review = useAuditReview(auditId);
  const errors = useFormErrorFlags();
  if (review.error) return <AuditErrorPage error={review.error} />;
  const audit = review.audit.data;
  const fw = review.framework.data;
  const score = review.score;
  if (
    !audit ||
    !fw ||
    !score ||
    !review.actions.data ||
    !review.challenges.data ||
    (!review.changes.data && !review.changes.error)
  )
    return <Loading title="Review audit" />;

  const roles = rolesInPartnership(me, audit.cycle.partnershipId);
  const isBoard = holdsAny(roles, PARTNERSHIP_ROLES);
  const challenges = review.challenges.data;
  const open = challenges.filter((c) => c.status === 'open').length;
  const org = audit.organisation;
  const reviewer = audit.reviewer;
  const changes = review.changes.data ?? null;
  const changed = new Set(changes?.changes.map((c) => c.indicatorCode));
  const done = (heading: string, to = location.pathname) => {
    navigate(to, withFlash({ heading }));
    review.reload();
  };

  return (
    <PageLayout
      title={`Review: ${org.name}`}
      hasError={errors.hasError}
      width="full"
      backLink={
        <BackLink
          to={`/partnerships/${audit.cycle.partnershipId}/dashboard?cycleId=${audit.cycle.id}`}
        >
          Dashboard
        </BackLink>
      }
    >
      <FlashBanner />
      <span className="govuk-caption-l">
        {org.name}, {audit.cycle.name}
      </span>
      <h1 className="govuk-heading-l">Review the audit</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <SummaryList
            rows={[
              {
                key: 'Agency',
                value: (
                  <>
                    {org.name}
                    <span className="app-cell-secondary">{sectorLabel(org.sector)}</span>
                  </>
                ),
              },
              {
                key: 'Status',
                value: <AuditStatusTag status={audit.status} />,
              },
              {
                key: 'Submitted',
                value: audit.latestSubmission ? (
                  <>
                    {formatDate(audit.latestSubmission.submittedAt)}
                    <SubmissionReference sha256={audit.latestSubmission.sha256} />
                  </>
                ) : (
                  'Not submitted'
                ),
              },
              ...(audit.returnReason && audit.status === 'returned'
                ? [
                    {
                      key: 'Returned because',
                      value: <span className="app-answer__commentary">{audit.returnReason}</span>,
                    },
                  ]
                : []),
              {
                key: t('reviewer.label'),
                value: (
                  <div className="app-reviewer">
                    <p className="govuk-body govuk-!-margin-bottom-2" id="reviewer-name">
                      {!reviewer
                        ? t('reviewer.nobody')
                        : reviewer.id === me.id
                          ? t('reviewer.you', { name: reviewer.name })
                          : reviewer.name}
                    </p>
                    <div className="govuk-button-group govuk-!-margin-bottom-0">
                      {reviewer?.id !== me.id && onBoardOf(me, audit.cycle.partnershipId) && (
                        <AssignToMe
                          auditId={audit.id}
                          userId={me.id}
                          organisation={org.name}
                          onDone={(h) => done(h)}
                        />
                      )}
                      {reviewer && isBoard && (
                        <Unassign
                          auditId={audit.id}
                          organisation={org.name}
                          onDone={(h) => done(h)}
                        />
                      )}
                    </div>
                  </div>
                ),
              },
              ...(isBoard && review.changes.error
                ? [{ key: t('reviewChanges.heading'), value: t('reviewChanges.loadFailed') }]
                : []),
              ...(changes?.returnedSubmittedAt
                ? [
                    {
                      key: t('reviewChanges.heading'),
                      value: (
                        <a className="govuk-link" href="#changes-since-return">
                          {changes.changes.length === 0
                            ? t('reviewChanges.none')
                            : t('reviewChanges.count', { count: changes.changes.length })}{' '}
                          {t('reviewChanges.seeChanges')}
                        </a>
                      ),
                    },
                  ]
                : []),
              {
                key: 'Overall score',
                value: <ScoreRag score={score.overall.score} rag={score.overall.rag} />,
              },
              {
                key: 'Benchmark',
                value: `${score.overall.benchmarkMet} of ${score.overall.answered} answered indicators meet it`,
              },
              {
                key: 'Challenges',
                value: (
                  <Link className="govuk-link" to={`/audits/${audit.id}/challenges`}>
                    {challenges.length === 0
                      ? 'None raised'
                      : `${formatCount(open, 'open challenge')}, ${challenges.length - open} resolved`}
                  </Link>
                ),
              },
              {
                key: 'Action plan',
                value: <ActionPlanLink auditId={audit.id} overdue={audit.overdueActions} />,
              },
            ]}
          />
          <ul className="govuk-list">
            <li>
              <a className="govuk-link" href={`/api/audits/${audit.id}/report.pdf`} download>
                Download the audit report (PDF)
              </a>
            </li>
            <li>
              <Link className="govuk-link" to={`/organisations/${org.id}/dashboard`}>
                {org.name}'s dashboard and history
              </Link>
            </li>
          </ul>

          {isBoard && audit.status === 'submitted' && (
            <section className="app-section" aria-labelledby="decision-heading">
              <h2 className="govuk-heading-m" id="decision-heading">
                Your decision
              </h2>
              {open > 0 && (
                <WarningText>
                  {formatCount(open, 'challenge is', 'challenges are')} still open.
                </WarningText>
              )}
              <DecisionForm
                auditId={audit.id}
                organisation={org.name}
                onDone={(h) => done(h)}
                onErrors={errors.report}
              />
            </section>
          )}

          {isBoard && (
            <section
              className="app-section"
              aria-labelledby="raise-challenge"
              id="raise-challenge-section"
            >
              <h2 className="govuk-heading-m" id="raise-challenge" tabIndex={-1}>
                Raise a challenge
              </h2>
              <RaiseChallengeForm
                key={params.get('challenge') ?? ''}
                auditId={audit.id}
                definition={fw.definition}
                initialIndicator={params.get('challenge') ?? ''}
                onErrors={errors.report}
                onRaised={() =>
                  done(
                    'Challenge raised: the agency can now reply',
                    `/audits/${audit.id}/challenges`,
                  )
                }
              />
            </section>
          )}
        </div>
      </div>

      {changes && (
        <ChangesSinceReturn
          auditId={audit.id}
          changes={changes}
          definition={fw.definition}
          challenges={challenges}
        />
      )}

      <ReviewAnswers
        changed={changed}
        audit={audit}
        definition={fw.definition}
        score={score}
        actions={review.actions.data}
        challenges={challenges}
        canChallenge={isBoard}
      />
    </PageLayout>
  );
}
