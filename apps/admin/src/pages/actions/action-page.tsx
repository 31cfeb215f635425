import { ApiError, type SchemaActionUpdateDto, unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { BackLink } from '../../components/back-link';
import { Button } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { Loading, PageHeading, PageLayout } from '../../components/page-layout';
import { SummaryList } from '../../components/summary-list';
import { errorText } from '../../errors/error-text';
import { ApiErrorPage, NotFoundPage } from '../error-pages';
import { FlashBanner, withFlash } from '../flash';
import { formatDate } from '../format';
import { type Audit, loadAudit } from '../audits/audit-data';
import { type Action, ActionForm, statusLabel } from './action-form';
import { actionRows } from './action-summary';
import { mayChangeAny } from './may-change';
import './actions.scss';

/**
 * One action of an audit's plan: what it is, where it was raised, its owner, due date and status,
 * the form that changes it (for the organisation's people) and its history, newest first.
 */
export function ActionPage() {
  const { auditId = '', actionId = '' } = useParams();
  const navigate = useNavigate();
  const loaded = useApiData(`audit:${auditId}`, () => loadAudit(auditId));
  const actions = useApiData(`actions:${auditId}`, () =>
    unwrap(api.GET('/api/audits/{auditId}/actions', { params: { path: { auditId } } })),
  );
  const history = useApiData(`action-updates:${actionId}`, () =>
    unwrap(api.GET('/api/actions/{actionId}/updates', { params: { path: { actionId } } })),
  );
  const error = loaded.error ?? actions.error;
  if (error) return <ApiErrorPage error={error} />;
  const audit = loaded.data?.audit;
  const list = actions.data ?? actions.previous;
  if (!audit || audit.id !== auditId || !list) return <Loading title={t('actionPlan.action')} />;
  const action = list.find((a) => a.id === actionId);
  if (!action) return <NotFoundPage />;
  return (
    <ActionLoaded
      key={`${action.id}:${action.updatedAt}`}
      audit={audit}
      action={action}
      history={history.data ?? history.previous}
      historyFailed={!!history.error}
      onChanged={() => {
        actions.reload();
        history.reload();
        void navigate('.', { replace: true, ...withFlash({ heading: t('actionPlan.updated') }) });
      }}
    />
  );
}

function ActionLoaded({
  audit,
  action,
  history,
  historyFailed,
  onChanged,
}: {
  audit: Audit;
  action: Action;
  history: SchemaActionUpdateDto[] | undefined;
  historyFailed: boolean;
  onChanged: () => void;
}) {
  const plan = `/audits/${audit.id}/actions`;
  // What the reader may change of it is the API's to say (`mayChange`, with the state of the
  // audit it lives in). Removing is for an action raised in this plan (one from earlier is
  // dropped instead).
  const progressOnly = action.mayChange === 'progress';
  const mayRemove = action.mayChange === 'all' && !action.carriedOver;
  return (
    <PageLayout
      title={t('actionPlan.action')}
      backLink={<BackLink to={plan}>{t('actionPlan.backToPlan')}</BackLink>}
    >
      <FlashBanner />
      <PageHeading caption={`${audit.organisation.name}, ${audit.cycle.name}`}>
        {t('actionPlan.action')}
      </PageHeading>
      <p className="govuk-body-l app-pre-line">{action.description}</p>
      <SummaryList
        rows={[
          {
            key: t('actionPlan.on'),
            value: action.indicatorCode ? (
              <Link
                className="govuk-link"
                to={`/audits/${audit.id}/indicators/${action.indicatorCode}`}
              >
                {t('actionPlan.onIndicator', { code: action.indicatorCode })}
              </Link>
            ) : (
              t('actionPlan.onAudit')
            ),
          },
          {
            key: t('actionPlan.raised'),
            value: `${formatDate(action.createdAt)}${action.carriedOver ? `, ${t('actionPlan.carriedOver').toLowerCase()}` : ''}`,
          },
          ...actionRows(action),
          ...(action.closedAt
            ? [
                {
                  key: t(
                    action.status === 'dropped' ? 'actionPlan.droppedOn' : 'actionPlan.doneOn',
                  ),
                  value: formatDate(action.closedAt),
                },
              ]
            : []),
        ]}
      />
      {mayChangeAny(action) && (
        <>
          <h2 className="govuk-heading-m">
            {progressOnly ? t('liveActions.update') : t('actionPlan.change')}
          </h2>
          <ActionForm
            auditId={audit.id}
            action={action}
            progressOnly={progressOnly}
            onDone={onChanged}
          />
        </>
      )}
      <h2 className="govuk-heading-m">{t('actionPlan.history')}</h2>
      <ActionHistory action={action} history={history} failed={historyFailed} />
      {mayRemove && <RemoveAction action={action} plan={plan} />}
    </PageLayout>
  );
}

/** Each status change, moved due date and note, newest first, ending with when it was added. */
function ActionHistory({
  action,
  history,
  failed,
}: {
  action: Action;
  history: SchemaActionUpdateDto[] | undefined;
  failed: boolean;
}) {
  if (failed) return <p className="govuk-body">{t('actionPlan.historyFailed')}</p>;
  if (!history)
    return (
      <p className="govuk-body app-loading" role="status">
        Loading…
      </p>
    );
  return (
    <ol className="govuk-list app-action-history" reversed>
      {[...history].reverse().map((u) => (
        <li key={u.id}>
          <p className="govuk-body-s govuk-!-margin-bottom-1 app-secondary-text">
            {formatDate(u.at)}
            {u.actorName && `, ${u.actorName}`}
          </p>
          {u.statusAfter !== u.statusBefore && (
            <p className="govuk-body govuk-!-margin-bottom-1">
              {t('actionPlan.statusChanged', {
                from: statusLabel(u.statusBefore),
                to: statusLabel(u.statusAfter),
              })}
            </p>
          )}
          <DueChange before={u.dueBefore ?? null} after={u.dueAfter ?? null} />
          {u.note && <p className="govuk-body app-pre-line">{u.note}</p>}
        </li>
      ))}
      <li>
        <p className="govuk-body-s govuk-!-margin-bottom-1 app-secondary-text">
          {formatDate(action.createdAt)}
        </p>
        <p className="govuk-body">{t('actionPlan.added')}</p>
      </li>
    </ol>
  );
}

/** A due date set, moved or taken off in one step of the history; nothing if it stayed. */
function DueChange({ before, after }: { before: string | null; after: string | null }) {
  if (before === after) return null;
  return (
    <p className="govuk-body govuk-!-margin-bottom-1">
      {after === null
        ? t('actionPlan.dueCleared')
        : before === null
          ? t('actionPlan.dueSet', { to: formatDate(after) })
          : t('actionPlan.dueMoved', { from: formatDate(before), to: formatDate(after) })}
    </p>
  );
}

/** Removing an action raised in the plan being written, after a second click. */
function RemoveAction({ action, plan }: { action: Action; plan: string }) {
  const navigate = useNavigate();
  const [sure, setSure] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  async function remove() {
    setBusy(true);
    try {
      await unwrap(
        api.DELETE('/api/actions/{actionId}', { params: { path: { actionId: action.id } } }),
      );
      void navigate(plan, withFlash({ heading: t('actionPlan.removed') }));
    } catch (e) {
      setFailure(e instanceof ApiError ? errorText(e) : t('actionPlan.removeFailed'));
      setBusy(false);
    }
  }
  return (
    <div className="app-remove-action">
      <h2 className="govuk-heading-m">{t('actionPlan.remove')}</h2>
      <ErrorSummary errors={failure ? [{ text: failure }] : []} />
      <p className="govuk-body app-measure">{t('actionPlan.removeHint')}</p>
      {sure ? (
        <Button variant="warning" type="button" disabled={busy} onClick={() => void remove()}>
          {t('actionPlan.removeConfirm')}
        </Button>
      ) : (
        <Button variant="secondary" type="button" onClick={() => setSure(true)}>
          {t('actionPlan.remove')}
        </Button>
      )}
    </div>
  );
}
