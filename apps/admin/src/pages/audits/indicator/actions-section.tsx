import { unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../../api/client';
import { useApiData } from '../../../api/use-api-data';
import { useMe } from '../../../auth/session';
import { SummaryCard, SummaryList } from '../../../components/summary-list';
import { Tag } from '../../../components/tag';
import { ActionForm } from '../../actions/action-form';
import { actionRows } from '../../actions/action-summary';
import { mayChangeAny } from '../../actions/may-change';

/** Improvement actions on one indicator: the list, each one's status, owner and due date, and a new one. */
export function ActionsSection({
  auditId,
  code,
  suggestions,
  editable,
}: {
  auditId: string;
  code: string;
  suggestions: string[];
  /** Actions may be added to the indicator; what each may change is its `mayChange`. */
  editable: boolean;
}) {
  const actions = useApiData(`actions:${auditId}`, () =>
    unwrap(api.GET('/api/audits/{auditId}/actions', { params: { path: { auditId } } })),
  );
  const [editing, setEditing] = useState<string | null>(null);
  const mine = (actions.data ?? actions.previous ?? []).filter((a) => a.indicatorCode === code);
  return (
    <section aria-labelledby="actions-heading">
      <h2 className="govuk-heading-m" id="actions-heading">
        Improvement actions
      </h2>
      {actions.error ? (
        <p className="govuk-body">The actions could not be loaded. Try again later.</p>
      ) : mine.length === 0 ? (
        <p className="govuk-body">No actions planned for this indicator.</p>
      ) : (
        mine.map((a) =>
          editing === a.id ? (
            <ActionForm
              key={a.id}
              auditId={auditId}
              code={code}
              action={a}
              progressOnly={a.mayChange === 'progress'}
              onDone={() => {
                setEditing(null);
                actions.reload();
              }}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <SummaryCard
              key={a.id}
              title={
                <Link className="govuk-link" to={`/audits/${auditId}/actions/${a.id}`}>
                  {a.description}
                </Link>
              }
              actions={
                // What the reader may change of it is the API's to say (`mayChange`).
                mayChangeAny(a) && (
                  <button
                    type="button"
                    className="govuk-link app-link-button"
                    onClick={() => setEditing(a.id)}
                  >
                    {a.mayChange === 'all' ? 'Change' : t('liveActions.update')}
                    <span className="govuk-visually-hidden"> action: {a.description}</span>
                  </button>
                )
              }
            >
              <SummaryList rows={actionRows(a)} />
            </SummaryCard>
          ),
        )
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={`/audits/${auditId}/actions`}>
          See the whole action plan
        </Link>
      </p>
      {editable && editing === null && (
        <details className="govuk-details" id="add-action">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Add an improvement action</span>
          </summary>
          <div className="govuk-details__text">
            {suggestions.length > 0 && (
              <>
                <p className="govuk-body">Actions the framework suggests for this indicator:</p>
                <ul className="govuk-list govuk-list--spaced" id="suggested-actions">
                  {suggestions.map((s) => (
                    <li key={s}>
                      {s}{' '}
                      <SuggestionButton
                        auditId={auditId}
                        code={code}
                        suggestion={s}
                        added={mine.some((a) => a.description === s)}
                        onAdded={actions.reload}
                      />
                    </li>
                  ))}
                </ul>
              </>
            )}
            <ActionForm auditId={auditId} code={code} onDone={actions.reload} />
          </div>
        </details>
      )}
    </section>
  );
}

/**
 * "Add this as an action": the framework's suggestion becomes a not-started action in one click,
 * owned by the person who adds it until they change it.
 */
function SuggestionButton({
  auditId,
  code,
  suggestion,
  added,
  onAdded,
}: {
  auditId: string;
  code: string;
  suggestion: string;
  added: boolean;
  onAdded: () => void;
}) {
  const me = useMe();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  if (added) return <Tag colour="green">{t('liveActions.suggestionAdded')}</Tag>;
  return (
    <>
      <button
        type="button"
        className="govuk-link app-link-button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setFailed(false);
          void unwrap(
            api.POST('/api/audits/{auditId}/actions', {
              params: { path: { auditId } },
              body: {
                indicatorCode: code,
                description: suggestion,
                ownerId: me.id,
                status: 'not_started',
              },
            }),
          )
            .then(onAdded)
            .catch(() => setFailed(true))
            .finally(() => setBusy(false));
        }}
      >
        {t('liveActions.addSuggestion')}
        <span className="govuk-visually-hidden">: {suggestion}</span>
      </button>
      {failed && (
        <span className="govuk-error-message" role="alert">
          {t('liveActions.suggestionFailed')}
        </span>
      )}
    </>
  );
}
