import { ApiError, type Problem, type SchemaAuditDto } from '@pies/api-client';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { useMe } from '../../auth/session';
import { BackLink } from '../../components/back-link';
import { Button } from '../../components/button';
import { Loading, PageLayout } from '../../components/page-layout';
import { SummaryList } from '../../components/summary-list';
import { Tag } from '../../components/tag';
import { CarryTag } from './audit-status-tag';
import { SubmissionReference } from './submission-reference';
import { errorText, GAP_TEXT } from '../../errors/error-text';
import { ApiErrorPage, ForbiddenPage } from '../error-pages';
import { formatDate } from '../format';
import { t } from '@pies/i18n';
import {
  agencyRole,
  carryOf,
  excerpt,
  evidenceAt,
  indicatorsOf,
  isReadOnlyStatus,
  levelLabel,
  loadAudit,
  missingParts,
  responsesByCode,
} from './audit-data';
import './audits.scss';

/** An indicator the API said still needs something, as the summary names it. */
interface Missing {
  code: string;
  statement: string;
  /** "a level and commentary" */
  needs: string;
  /** The framework lets it be marked not applicable instead (only offered for a missing answer). */
  orNotApplicable: boolean;
}

/** The lead reads every answer once more, then submits to the board. */
export function CheckAnswersPage() {
  const { auditId = '' } = useParams();
  const me = useMe();
  const loaded = useApiData(`audit:${auditId}`, () => loadAudit(auditId));
  const [missing, setMissing] = useState<Missing[] | null>(null);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [submitted, setSubmitted] = useState<SchemaAuditDto | null>(null);

  if (loaded.error) return <ApiErrorPage error={loaded.error} />;
  if (!loaded.data) return <Loading title="Check your answers" />;
  const { audit, framework } = loaded.data;
  if (agencyRole(me, audit.organisation.id) !== 'lead') return <ForbiddenPage />;
  const taskList = `/audits/${audit.id}`;
  if (submitted) return <Submitted audit={submitted} />;

  const responses = responsesByCode(audit);
  const entries = indicatorsOf(framework);
  const readOnly = isReadOnlyStatus(audit.status);

  async function submit() {
    setBusy(true);
    setProblem(undefined);
    try {
      const { data, error, response } = await api.POST('/api/audits/{auditId}/submit', {
        params: { path: { auditId } },
      });
      if (data) return setSubmitted(data);
      const body: unknown = error;
      const failed = ApiError.from(response, body);
      if (failed.code === 'AUDIT_INCOMPLETE' && Array.isArray(failed.details)) {
        const details = failed.details as {
          indicatorCode: string;
          title?: string;
          problems: Problem[];
        }[];
        const allowNa = new Map(
          entries.map((e) => [e.indicator.code, e.indicator.allowNotApplicable]),
        );
        setMissing(
          details.map((d) => ({
            code: d.indicatorCode,
            statement: d.title ?? '',
            needs: d.problems
              .map((p) => GAP_TEXT[p.code] ?? p.message.replace(/^needs /, ''))
              .join(' and '),
            orNotApplicable:
              !!allowNa.get(d.indicatorCode) && d.problems.some((p) => p.code === 'levelRequired'),
          })),
        );
      } else if (failed.code !== 'NOT_SIGNED_IN') {
        setProblem(
          failed.code ? errorText(failed) : 'The audit could not be submitted. Try again.',
        );
      }
    } catch {
      setProblem('The audit could not be submitted: check your connection and try again.');
    } finally {
      setBusy(false);
    }
  }

  const missingCodes = new Set(missing?.map((m) => m.code));
  const unconfirmed = entries.filter((e) => carryOf(responses.get(e.indicator.code)));
  const title = 'Check your answers before submitting';
  return (
    <PageLayout
      title={title}
      width="full"
      hasError={!!missing?.length || !!problem}
      backLink={<BackLink to={taskList}>Back to the task list</BackLink>}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          {(missing?.length || problem) && (
            <MissingSummary
              auditId={audit.id}
              missing={missing ?? []}
              total={entries.length}
              problem={problem}
            />
          )}
          <span className="govuk-caption-l">
            {audit.organisation.name} · {audit.cycle.name} audit
          </span>
          <h1 className="govuk-heading-l">{title}</h1>
          {!readOnly && unconfirmed.length > 0 && (
            <section aria-labelledby="unconfirmed-heading" className="app-unconfirmed">
              <h2 className="govuk-heading-m" id="unconfirmed-heading">
                {t('carryForward.checkHeading')}
              </h2>
              <p className="govuk-body">
                {t('carryForward.checkIntro', { count: unconfirmed.length })}
              </p>
              <ul className="govuk-list">
                {unconfirmed.map(({ indicator }) => (
                  <li key={indicator.code}>
                    <Link
                      className="govuk-link"
                      to={`/audits/${audit.id}/indicators/${indicator.code}?from=check-answers`}
                    >
                      {indicator.code} {excerpt(indicator.statement, 90)}
                    </Link>{' '}
                    <CarryTag state={carryOf(responses.get(indicator.code))} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          {readOnly && (
            <div className="govuk-inset-text">
              This audit was submitted
              {audit.submittedAt ? ` on ${formatDate(audit.submittedAt)}` : ''}. It can no longer be
              changed.
            </div>
          )}
        </div>
      </div>
      {framework.areas.map((area) => (
        <section key={area.code} aria-labelledby={`check-${area.code}`}>
          <h2 className="govuk-heading-m" id={`check-${area.code}`}>
            {area.code}. {area.title}
          </h2>
          <SummaryList
            className="govuk-!-margin-bottom-9"
            rows={entries
              .filter((e) => e.areaCode === area.code)
              .map(({ indicator }) => {
                const r = responses.get(indicator.code);
                const gaps = missingParts(r, evidenceAt(audit, indicator.code));
                const to = `/audits/${audit.id}/indicators/${indicator.code}?from=check-answers`;
                return {
                  key: (
                    <span id={`answer-${indicator.code}`}>
                      {indicator.code}
                      <span className="govuk-body-s app-secondary-text govuk-!-display-block govuk-!-font-weight-regular">
                        {excerpt(indicator.statement, 110)}
                      </span>
                    </span>
                  ),
                  value: gaps.length ? (
                    <>
                      <Tag colour="red">Not complete</Tag>
                      <p className="govuk-body govuk-!-margin-top-2">Needs {gaps.join(' and ')}</p>
                    </>
                  ) : r?.notApplicable ? (
                    <>
                      <p className="govuk-body">Not applicable</p>
                      <p className="govuk-body app-pre-line">
                        {r.notApplicableReason ? excerpt(r.notApplicableReason, 160) : ''}
                      </p>
                    </>
                  ) : (
                    <>
                      <p className="govuk-body govuk-!-font-weight-bold">
                        {levelLabel(framework, r?.level) ?? 'No level'}
                      </p>
                      {r?.commentary && (
                        <p className="govuk-body app-pre-line">{excerpt(r.commentary, 160)}</p>
                      )}
                    </>
                  ),
                  actions: readOnly
                    ? undefined
                    : [
                        {
                          to,
                          text:
                            gaps.length && missingCodes.has(indicator.code) ? 'Answer' : 'Change',
                          visuallyHiddenText: indicator.code,
                        },
                      ],
                };
              })}
          />
        </section>
      ))}
      {!readOnly && (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds-from-desktop">
            <h2 className="govuk-heading-m">Now submit your audit</h2>
            <p className="govuk-body">
              By submitting you confirm that, to the best of your knowledge, the answers and
              evidence are accurate. The partnership board can then read it, and it can no longer be
              changed unless the board returns it.
            </p>
            <Button id="submit-audit" type="button" disabled={busy} onClick={() => void submit()}>
              Submit the audit
            </Button>
          </div>
        </div>
      )}
    </PageLayout>
  );
}

/**
 * GOV.UK error summary of what submitting still needs: how many of the audit's indicators, then
 * each by code and title, linked to its page, with what it needs.
 */
function MissingSummary({
  auditId,
  missing,
  total,
  problem,
}: {
  auditId: string;
  missing: Missing[];
  total: number;
  problem?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [missing, problem]);
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">
          {missing.length
            ? t('checkAnswers.stillToDo', { missing: missing.length, total })
            : 'There is a problem'}
        </h2>
        <div className="govuk-error-summary__body">
          {problem && <p>{problem}</p>}
          {missing.length > 0 && <p>{t('checkAnswers.stillToDoIntro')}</p>}
          <ul className="govuk-list govuk-error-summary__list app-missing-list">
            {missing.map((m) => (
              <li key={m.code}>
                <Link to={`/audits/${auditId}/indicators/${m.code}?from=check-answers`}>
                  {m.code} {m.statement}
                </Link>
                <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                  {t('checkAnswers.needs', { what: m.needs })}
                  {m.orNotApplicable && t('checkAnswers.orNotApplicable')}
                </span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

function Submitted({ audit }: { audit: SchemaAuditDto }) {
  return (
    <PageLayout title="Audit submitted">
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title">Audit submitted</h1>
        <div className="govuk-panel__body">
          {audit.organisation.name}, {audit.cycle.name}
        </div>
      </div>
      <p className="govuk-body">
        The partnership board can now read your audit. They may ask questions about it (a
        challenge); you will see them on the audit's page and can reply there.
      </p>
      {audit.latestSubmission && (
        <div className="govuk-body">
          <SubmissionReference sha256={audit.latestSubmission.sha256} />
        </div>
      )}
      <h2 className="govuk-heading-m">What happens next</h2>
      <p className="govuk-body">
        The board accepts the audit or returns it with a reason. Once accepted, your organisation is
        compliant for two years.
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href={`/api/audits/${audit.id}/report.pdf`} download>
          Download the audit report (PDF)
        </a>
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/audits/${audit.id}`}>
          Go to the audit
        </Link>
      </p>
    </PageLayout>
  );
}
