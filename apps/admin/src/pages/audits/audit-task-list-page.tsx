import { ApiError, unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { useMe } from '../../auth/session';
import { BackLink } from '../../components/back-link';
import { Button, ButtonGroup, ButtonLink } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { Loading, PageLayout } from '../../components/page-layout';
import { SummaryList } from '../../components/summary-list';
import { Tag } from '../../components/tag';
import { TaskList } from '../../components/task-list';
import { errorText } from '../../errors/error-text';
import { ApiErrorPage } from '../error-pages';
import { FlashBanner, withFlash } from '../flash';
import { formatCount, formatDate } from '../format';
import {
  agencyRole,
  carryOf,
  covers,
  excerpt,
  evidenceAt,
  indicatorsOf,
  isReadOnlyStatus,
  loadAudit,
  responsesByCode,
  statusOf,
} from './audit-data';
import { AuditStatusTag } from '../status-tags';
import { ActionPlanLink } from '../actions/action-summary';
import { CarryTag, INDICATOR_LABELS, IndicatorStatusTag } from './audit-status-tag';
import { MyPartDone } from './my-part-done';
import './audits.scss';

/** The audit as a GOV.UK task list: areas, standards and indicators with their status. */
export function AuditTaskListPage() {
  const { auditId = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const loaded = useApiData(`audit:${auditId}`, () => loadAudit(auditId));
  const assignments = useApiData(`assignments:${auditId}`, () =>
    unwrap(api.GET('/api/audits/{auditId}/assignments', { params: { path: { auditId } } })).catch(
      () => [],
    ),
  );
  const [params, setParams] = useSearchParams();
  const [startError, setStartError] = useState<string>();
  const [starting, setStarting] = useState(false);
  const data = loaded.data;
  if (loaded.error) return <ApiErrorPage error={loaded.error} />;
  if (!data || data.audit.id !== auditId || !assignments.data) return <Loading title="Audit" />;

  const { audit, framework } = data;
  const role = agencyRole(me, audit.organisation.id);
  const responses = responsesByCode(audit);
  const entries = indicatorsOf(framework);
  const statusFor = (code: string) => statusOf(responses.get(code), evidenceAt(audit, code));
  const completed = entries.filter((e) => statusFor(e.indicator.code) === 'completed').length;
  const notStarted = audit.status === 'not_started';
  const readOnly = isReadOnlyStatus(audit.status);
  const mine = (code: string) =>
    assignments.data!.some((a) => a.userId === me.id && covers(a, code));
  const assignees = (code: string) => [
    ...new Set(assignments.data!.filter((a) => covers(a, code)).map((a) => a.userName)),
  ];
  const myCount = entries.filter((e) => mine(e.indicator.code)).length;
  const myCompleted = entries.filter(
    (e) => mine(e.indicator.code) && statusFor(e.indicator.code) === 'completed',
  ).length;
  // A contributor's own work only (`?assigned=me`, where they land after signing in).
  const onlyMine = role === 'contributor' && myCount > 0 && params.get('assigned') === 'me';
  const shown = (code: string) => !onlyMine || mine(code);
  const myDoneAt = assignments.data.find((a) => a.userId === me.id)?.partDoneAt ?? null;
  const carried = entries.filter((e) => carryOf(responses.get(e.indicator.code))).length;
  // A standard's carried answers waiting for confirmation, if this person may confirm them all.
  const toConfirm = (codes: string[]) => {
    const waiting = codes.filter((c) => carryOf(responses.get(c)) === 'confirm');
    const mayAll = role === 'lead' || (role === 'contributor' && waiting.every(mine));
    return !readOnly && mayAll ? waiting : [];
  };
  const title = `${audit.cycle.name} audit`;

  async function start() {
    setStarting(true);
    try {
      await unwrap(api.POST('/api/audits/{auditId}/start', { params: { path: { auditId } } }));
      void navigate(`/audits/${auditId}`, {
        replace: true,
        ...withFlash({ heading: 'You have started the audit' }),
      });
      loaded.reload();
    } catch (error) {
      setStartError(
        error instanceof ApiError ? errorText(error) : 'The audit could not be started. Try again.',
      );
    } finally {
      setStarting(false);
    }
  }

  return (
    <PageLayout
      title={title}
      hasError={!!startError}
      backLink={
        <BackLink to={`/organisations/${audit.organisation.id}`}>
          {audit.organisation.name}
        </BackLink>
      }
    >
      <ErrorSummary errors={startError ? [{ text: startError }] : []} />
      <FlashBanner />
      {audit.status === 'returned' && (
        <NotificationBanner title="Returned by the board">
          <p className="govuk-notification-banner__heading">
            The board returned this audit
            {audit.returnedAt ? ` on ${formatDate(audit.returnedAt)}` : ''}
          </p>
          <p className="govuk-body app-pre-line">{audit.returnReason}</p>
        </NotificationBanner>
      )}
      <span className="govuk-caption-l">{audit.organisation.name}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <SummaryList
        rows={[
          { key: 'Status', value: <AuditStatusTag status={audit.status} /> },
          { key: 'Due', value: formatDate(audit.cycle.dueOn) },
          {
            key: 'Progress',
            value: `${completed} of ${formatCount(entries.length, 'indicator')} completed`,
          },
          {
            key: 'Challenges',
            value:
              audit.openChallenges > 0 ? (
                <Link className="govuk-link" to={`/audits/${audit.id}/challenges`}>
                  {formatCount(audit.openChallenges, 'open challenge')} from the board
                </Link>
              ) : (
                <>
                  None open.{' '}
                  <Link className="govuk-link" to={`/audits/${audit.id}/challenges`}>
                    See challenges
                  </Link>
                </>
              ),
          },
          {
            key: t('actionPlan.title'),
            value: <ActionPlanLink auditId={audit.id} overdue={audit.overdueActions} />,
          },
          ...(audit.submittedAt
            ? [{ key: 'Submitted', value: formatDate(audit.submittedAt) }]
            : []),
        ]}
      />
      {readOnly && (
        <div className="govuk-inset-text">
          This audit has been{' '}
          {audit.status === 'accepted' ? 'accepted by the board' : 'submitted to the board'}. It can
          no longer be changed.
        </div>
      )}
      {carried > 0 && !readOnly && (
        <div className="govuk-inset-text">{t('carryForward.intro', { count: carried })}</div>
      )}
      {role === 'contributor' && (
        <p className="govuk-body">
          {myCount > 0
            ? `${formatCount(myCount, 'indicator is', 'indicators are')} assigned to you.`
            : 'No indicators are assigned to you yet. Your agency lead assigns them.'}
        </p>
      )}
      {role === 'contributor' && myCount > 0 && (
        <div className="govuk-form-group">
          <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="assigned-to-me"
                name="assigned"
                type="checkbox"
                value="me"
                checked={onlyMine}
                onChange={(e) =>
                  setParams(e.target.checked ? { assigned: 'me' } : {}, { replace: true })
                }
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="assigned-to-me">
                {t('assignedToMe.filter')}
              </label>
            </div>
          </div>
        </div>
      )}
      {notStarted && role === 'lead' && (
        <>
          <p className="govuk-body">
            Starting copies the answers from your organisation's last submitted audit, if there is
            one, so you only update what has changed.
          </p>
          <Button start disabled={starting} type="button" onClick={() => void start()}>
            Start the audit
          </Button>
        </>
      )}
      {notStarted && role !== 'lead' && (
        <p className="govuk-body">Your agency lead has not started this audit yet.</p>
      )}

      {framework.areas.map((area) => {
        const codes = area.standards.flatMap((s) => s.indicators.map((i) => i.code)).filter(shown);
        const done = codes.filter((c) => statusFor(c) === 'completed').length;
        if (codes.length === 0) return null;
        return (
          <section key={area.code} aria-labelledby={`area-${area.code}`}>
            <h2 className="govuk-heading-m govuk-!-margin-top-8" id={`area-${area.code}`}>
              {area.code}. {area.title}
            </h2>
            <p className="govuk-body app-area-progress">
              {done} of {codes.length} completed
            </p>
            {area.standards
              .filter((standard) => standard.indicators.some((i) => shown(i.code)))
              .map((standard) => (
                <div key={standard.code}>
                  <h3 className="govuk-heading-s">
                    {standard.code} {standard.title}
                  </h3>
                  {(() => {
                    const waiting = toConfirm(standard.indicators.map((i) => i.code));
                    return waiting.length > 0 ? (
                      <p className="govuk-body">
                        <Link
                          className="govuk-link"
                          to={`/audits/${audit.id}/standards/${standard.code}`}
                        >
                          {t('carryForward.standardLink', {
                            count: waiting.length,
                            standard: standard.code,
                          })}
                        </Link>
                      </p>
                    ) : null;
                  })()}
                  <TaskList
                    idPrefix={`task-${standard.code}`}
                    items={standard.indicators
                      .filter((ind) => shown(ind.code))
                      .map((ind) => {
                        const r = responses.get(ind.code);
                        const assignedToMe = role === 'contributor' && mine(ind.code);
                        const flags = [
                          r?.changedSinceLast && 'Changed since your last audit',
                          role === 'lead' &&
                            assignees(ind.code).length > 0 &&
                            `Assigned to ${assignees(ind.code).join(', ')}`,
                        ].filter(Boolean);
                        return {
                          id: ind.code.replace('.', '-'),
                          title: `${ind.code} ${excerpt(ind.statement, 90)}`,
                          to: notStarted ? undefined : `/audits/${audit.id}/indicators/${ind.code}`,
                          hint:
                            flags.length || assignedToMe ? (
                              <>
                                {assignedToMe && (
                                  <Tag colour="purple" className="app-assigned-tag">
                                    {t('assignedToMe.tag')}
                                  </Tag>
                                )}
                                {assignedToMe && flags.length > 0 && ' '}
                                {flags.join('. ')}
                              </>
                            ) : undefined,
                          status: notStarted ? (
                            <span className="app-secondary-text">
                              {INDICATOR_LABELS.not_started}
                            </span>
                          ) : carryOf(r) ? (
                            <CarryTag state={carryOf(r)} />
                          ) : (
                            <IndicatorStatusTag status={statusFor(ind.code)} />
                          ),
                        };
                      })}
                  />
                </div>
              ))}
          </section>
        );
      })}

      <h2 className="govuk-heading-m govuk-!-margin-top-8">Finish and share</h2>
      {role === 'contributor' && myCount > 0 && (!readOnly || myDoneAt) && (
        <MyPartDone
          auditId={audit.id}
          doneAt={myDoneAt}
          assigned={myCount}
          completed={myCompleted}
          onDone={() => {
            assignments.reload();
            void navigate(`/audits/${auditId}`, {
              replace: true,
              ...withFlash({ heading: t('myPartDone.told') }),
            });
          }}
        />
      )}
      {role === 'lead' && !readOnly && (
        <ButtonGroup>
          {!notStarted && (
            <ButtonLink to={`/audits/${audit.id}/check-answers`}>
              Check answers and submit
            </ButtonLink>
          )}
          <ButtonLink to={`/audits/${audit.id}/contributors`} variant="secondary">
            Assign contributors
          </ButtonLink>
        </ButtonGroup>
      )}
      <p className="govuk-body">
        <a className="govuk-link" href={`/api/audits/${audit.id}/report.pdf`} download>
          Download the audit report (PDF)
        </a>
      </p>
    </PageLayout>
  );
}
