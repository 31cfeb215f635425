import { unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { useMe } from '../../auth/session';
import { BackLink } from '../../components/back-link';
import { Loading, PageHeading, PageLayout } from '../../components/page-layout';
import { Table } from '../../components/table';
import { ApiErrorPage } from '../error-pages';
import { FlashBanner } from '../flash';
import { agencyRole, isReadOnlyStatus, loadAudit } from '../audits/audit-data';
import { type Action, ActionForm } from './action-form';
import { ActionDue, ActionStatusTag } from './action-summary';
import './actions.scss';

/** The plan's views: `?show=` on the page, each with the actions it lists (`me`: the user's id). */
const VIEWS = {
  open: (a: Action) => a.closedAt === null,
  overdue: (a: Action) => a.overdue,
  mine: (a: Action, me: string) => a.closedAt === null && a.ownerId === me,
  closed: (a: Action) => a.closedAt !== null,
  all: () => true,
} as const;
type View = keyof typeof VIEWS;
const isView = (v: string | null): v is View => v !== null && v in VIEWS;

/**
 * An audit's whole action plan: the actions raised in it and the organisation's actions from
 * earlier audits still open, as the API lists them (`GET /api/audits/:auditId/actions`), with
 * whether each is overdue. The agency's people open an action to update it; a lead adds an
 * action on the audit as a whole while the audit is being written.
 */
export function ActionPlanPage() {
  const { auditId = '' } = useParams();
  const me = useMe();
  const [params] = useSearchParams();
  const loaded = useApiData(`audit:${auditId}`, () => loadAudit(auditId));
  const actions = useApiData(`actions:${auditId}`, () =>
    unwrap(api.GET('/api/audits/{auditId}/actions', { params: { path: { auditId } } })),
  );
  if (loaded.error) return <ApiErrorPage error={loaded.error} />;
  if (actions.error) return <ApiErrorPage error={actions.error} />;
  const audit = loaded.data?.audit;
  // After adding an action the plan stays on screen while it reloads.
  const all = actions.data ?? actions.previous;
  if (!audit || audit.id !== auditId || !all) return <Loading title={t('actionPlan.title')} />;

  const role = agencyRole(me, audit.organisation.id);
  const shown = params.get('show');
  const view: View = isView(shown) ? shown : 'open';
  const inView = (v: View) => all.filter((a) => VIEWS[v](a, me.id));
  const rows = inView(view);
  // "Yours" is offered to someone who owns an open action (or has it chosen).
  const views = (Object.keys(VIEWS) as View[]).filter(
    (v) => v !== 'mine' || view === 'mine' || inView('mine').length > 0,
  );
  const mayAdd = role === 'lead' && !isReadOnlyStatus(audit.status);
  return (
    <PageLayout
      title={t('actionPlan.title')}
      width="full"
      backLink={
        <BackLink to={role ? `/audits/${audit.id}` : `/audits/${audit.id}/review`}>
          {t('actionPlan.back', { cycle: audit.cycle.name })}
        </BackLink>
      }
    >
      <FlashBanner />
      <PageHeading caption={`${audit.organisation.name}, ${audit.cycle.name}`}>
        {t('actionPlan.title')}
      </PageHeading>
      <p className="govuk-body app-measure">{t('actionPlan.intro')}</p>
      {all.length === 0 ? (
        <p className="govuk-body">{t('actionPlan.empty')}</p>
      ) : (
        <>
          <nav aria-label={t('actionPlan.views')} className="app-plan-views">
            <ul className="govuk-list">
              {views.map((v) => {
                const label = t(`actionPlan.view.${v}`, { count: inView(v).length });
                return (
                  <li key={v}>
                    {v === view ? (
                      <strong aria-current="page">{label}</strong>
                    ) : (
                      <Link className="govuk-link" to={`?show=${v}`} replace>
                        {label}
                      </Link>
                    )}
                  </li>
                );
              })}
            </ul>
          </nav>
          {rows.length === 0 ? (
            <p className="govuk-body">{t(`actionPlan.none.${view}`)}</p>
          ) : (
            <Table
              caption={t(`actionPlan.caption.${view}`)}
              captionHidden
              className="app-plan-table app-one-line-tags"
              rows={rows}
              rowKey={(a) => a.id}
              scrollLabel={t('actionPlan.title')}
              columns={[
                {
                  key: 'action',
                  header: t('actionPlan.column.action'),
                  width: 'one-half',
                  cell: (a) => (
                    <>
                      <Link className="govuk-link" to={`/audits/${audit.id}/actions/${a.id}`}>
                        {a.description}
                      </Link>
                      <span className="app-cell-secondary">
                        {a.indicatorCode
                          ? t('actionPlan.onIndicator', { code: a.indicatorCode })
                          : t('actionPlan.onAudit')}
                        {a.carriedOver && `. ${t('actionPlan.carriedOver')}`}
                      </span>
                    </>
                  ),
                },
                { key: 'owner', header: t('actionPlan.column.owner'), cell: (a) => a.owner },
                {
                  key: 'due',
                  header: t('actionPlan.column.due'),
                  cell: (a) => <ActionDue action={a} />,
                },
                {
                  key: 'status',
                  header: t('actionPlan.column.status'),
                  cell: (a) => <ActionStatusTag status={a.status} />,
                },
              ]}
            />
          )}
        </>
      )}
      {mayAdd && (
        <details className="govuk-details" id="add-action">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">{t('actionPlan.addWhole')}</span>
          </summary>
          <div className="govuk-details__text app-measure">
            <p className="govuk-body">{t('actionPlan.addWholeHint')}</p>
            <ActionForm auditId={audit.id} onDone={actions.reload} />
          </div>
        </details>
      )}
    </PageLayout>
  );
}
