import { ApiError, unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { useMe } from '../../auth/session';
import { BackLink } from '../../components/back-link';
import { Button } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { Loading, PageLayout } from '../../components/page-layout';
import { SummaryList } from '../../components/summary-list';
import { errorText } from '../../errors/error-text';
import { ApiErrorPage, ForbiddenPage, NotFoundPage } from '../error-pages';
import { withFlash } from '../flash';
import {
  agencyRole,
  carryOf,
  indicatorsOf,
  isReadOnlyStatus,
  levelLabel,
  loadAudit,
  responsesByCode,
} from './audit-data';
import './audits.scss';

/**
 * A standard's carried-forward answers shown together, with "Confirm all N answers in this
 * standard". The codes shown are the ones sent: if they changed meanwhile the API says so (409)
 * and the page shows them again.
 */
export function StandardConfirmPage() {
  const { auditId = '', standardCode = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const loaded = useApiData(`audit:${auditId}`, () => loadAudit(auditId));
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  if (loaded.error) return <ApiErrorPage error={loaded.error} />;
  if (!loaded.data) return <Loading title={standardCode} />;
  const { audit, framework } = loaded.data;
  const role = agencyRole(me, audit.organisation.id);
  if (!role) return <ForbiddenPage />;
  const entries = indicatorsOf(framework).filter((e) => e.standardCode === standardCode);
  if (!entries.length) return <NotFoundPage />;
  const responses = responsesByCode(audit);
  const waiting = entries.filter((e) => carryOf(responses.get(e.indicator.code)) === 'confirm');
  const fresh = entries.filter((e) => carryOf(responses.get(e.indicator.code)) === 'freshAnswer');
  const standardTitle = `${standardCode} ${entries[0].standardTitle}`;
  const title = t('carryForward.standardTitle', { standard: standardTitle });
  const taskList = `/audits/${audit.id}`;
  const editable = !isReadOnlyStatus(audit.status);

  async function confirmAll() {
    setBusy(true);
    setError(undefined);
    try {
      const codes = waiting.map((e) => e.indicator.code);
      await unwrap(
        api.POST('/api/audits/{auditId}/standards/{standardCode}/confirm', {
          params: { path: { auditId, standardCode } },
          body: { indicatorCodes: codes },
        }),
      );
      void navigate(taskList, {
        ...withFlash({
          heading: t('carryForward.standardDone', { count: codes.length, standard: standardCode }),
        }),
      });
    } catch (e) {
      setError(e instanceof ApiError ? errorText(e) : t('carryForward.failed'));
      if (e instanceof ApiError && e.code === 'CARRIED_ANSWERS_CHANGED') loaded.reload();
    } finally {
      setBusy(false);
    }
  }

  return (
    <PageLayout
      title={title}
      hasError={!!error}
      backLink={<BackLink to={taskList}>{t('carryForward.backToTaskList')}</BackLink>}
    >
      <ErrorSummary errors={error ? [{ text: error }] : []} />
      <span className="govuk-caption-l">
        {audit.organisation.name} · {audit.cycle.name} audit
      </span>
      <h1 className="govuk-heading-l">{title}</h1>
      {waiting.length === 0 ? (
        <p className="govuk-body">{t('carryForward.standardNone')}</p>
      ) : (
        <>
          <p className="govuk-body">{t('carryForward.standardIntro')}</p>
          <SummaryList
            rows={waiting.map(({ indicator }) => {
              const r = responses.get(indicator.code);
              return {
                key: (
                  <span id={`carried-${indicator.code}`}>
                    {indicator.code}
                    <span className="govuk-body-s app-secondary-text govuk-!-display-block govuk-!-font-weight-regular">
                      {indicator.statement}
                    </span>
                  </span>
                ),
                value: r?.notApplicable ? (
                  <>
                    <p className="govuk-body">Not applicable</p>
                    <p className="govuk-body app-pre-line">{r.notApplicableReason}</p>
                  </>
                ) : (
                  <>
                    <p className="govuk-body govuk-!-font-weight-bold">
                      {levelLabel(framework, r?.level) ?? 'No level'}
                    </p>
                    {r?.commentary && <p className="govuk-body app-pre-line">{r.commentary}</p>}
                  </>
                ),
                actions: [
                  {
                    to: `/audits/${audit.id}/indicators/${indicator.code}`,
                    text: 'Change',
                    visuallyHiddenText: indicator.code,
                  },
                ],
              };
            })}
          />
          {editable && (
            <Button
              type="button"
              id="confirm-standard"
              disabled={busy}
              onClick={() => void confirmAll()}
            >
              {t('carryForward.confirmAll', { count: waiting.length })}
            </Button>
          )}
        </>
      )}
      {fresh.length > 0 && (
        <>
          <p className="govuk-body">{t('carryForward.standardFresh')}</p>
          <ul className="govuk-list govuk-list--bullet">
            {fresh.map(({ indicator }) => (
              <li key={indicator.code}>
                <Link
                  className="govuk-link"
                  to={`/audits/${audit.id}/indicators/${indicator.code}`}
                >
                  {indicator.code} {indicator.statement}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </PageLayout>
  );
}
