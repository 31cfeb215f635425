import { type SchemaActionDto, unwrap } from '@pies/api-client';
import { ACTION_STATUSES } from '@pies/domain';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { api } from '../../../api/client';
import { useApiData } from '../../../api/use-api-data';
import { useMe } from '../../../auth/session';
import { Button, ButtonGroup } from '../../../components/button';
import {
  DateInput,
  type DateParts,
  isBlank,
  NO_DATE,
  partsOf,
  realDate,
} from '../../../components/date-input';
import { Radios } from '../../../components/choices';
import { ErrorSummary } from '../../../components/error-summary';
import { SummaryCard, SummaryList } from '../../../components/summary-list';
import { Tag } from '../../../components/tag';
import { TextInput } from '../../../components/text-input';
import { Textarea } from '../../../components/textarea';
import { fieldErrors, useApiForm } from '../../../forms/use-api-form';
import { formatDate } from '../../format';
import { ActionOwnerField, ownerBody, ownerChoiceOf, type OwnerChoice } from './action-owner-field';

type Action = SchemaActionDto;
const statusLabel = (status: Action['status']) => t(`liveActions.status.${status}`);
const STATUS_ITEMS = ACTION_STATUSES.map((value) => ({ value, label: statusLabel(value) }));

/** Improvement actions on one indicator: the list, each one's status, owner and due date, and a new one. */
export function ActionsSection({
  auditId,
  code,
  suggestions,
  editable,
  trackable = false,
}: {
  auditId: string;
  code: string;
  suggestions: string[];
  editable: boolean;
  /** The audit is submitted or accepted: only status, due date and notes change. */
  trackable?: boolean;
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
              progressOnly={!editable}
              onDone={() => {
                setEditing(null);
                actions.reload();
              }}
            />
          ) : (
            <SummaryCard
              key={a.id}
              title={a.description}
              actions={
                (editable || trackable) && (
                  <button
                    type="button"
                    className="govuk-link app-link-button"
                    onClick={() => setEditing(a.id)}
                  >
                    {editable ? 'Change' : t('liveActions.update')}
                    <span className="govuk-visually-hidden"> action: {a.description}</span>
                  </button>
                )
              }
            >
              <SummaryList
                rows={[
                  { key: 'Owner', value: a.owner },
                  {
                    key: 'Due',
                    value: a.dueOn ? (
                      <>
                        {formatDate(a.dueOn)} {a.overdue && <Tag colour="red">Overdue</Tag>}
                      </>
                    ) : (
                      'No date set'
                    ),
                  },
                  { key: 'Status', value: statusLabel(a.status) },
                ]}
              />
            </SummaryCard>
          ),
        )
      )}
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

const FIELDS = {
  description: { id: 'action-description', label: 'What will be done' },
  ownerId: { id: 'action-owner-id', label: 'Who owns it' },
  owner: { id: 'action-owner', label: 'Their name or role' },
  dueOn: { id: 'action-due-day', label: 'Due date' },
  status: { id: 'action-status', label: 'Status' },
  note: { id: 'action-note', label: 'Note' },
};

function ActionForm({
  auditId,
  code,
  action,
  progressOnly = false,
  onDone,
}: {
  auditId: string;
  code: string;
  action?: Action;
  /** After submission: status, due date and a note only. */
  progressOnly?: boolean;
  onDone: () => void;
}) {
  const [note, setNote] = useState('');
  const [description, setDescription] = useState(action?.description ?? '');
  const [owner, setOwner] = useState<OwnerChoice>(ownerChoiceOf(action));
  const [due, setDue] = useState<DateParts>(action ? partsOf(action.dueOn) : NO_DATE);
  const [status, setStatus] = useState<string>(action?.status ?? 'not_started');
  const form = useApiForm(FIELDS);
  const id = (f: keyof typeof FIELDS) => FIELDS[f].id;
  return (
    <form
      noValidate
      aria-label={action ? `Change action: ${action.description}` : 'Add an improvement action'}
      onSubmit={(e) =>
        void form.submit(e, async () => {
          const dueOn = isBlank(due) ? null : realDate(due);
          if (dueOn === null && !isBlank(due))
            return fieldErrors([[id('dueOn'), 'Due date must be a real date, like 31 3 2027']]);
          if (!owner.choice && !progressOnly)
            return fieldErrors([[id('ownerId'), t('liveActions.owner.missing')]]);
          const body = {
            description,
            ...ownerBody(owner),
            dueOn,
            status: status as Action['status'],
          };
          if (action) {
            const progress = { dueOn, status: body.status, ...(note.trim() ? { note } : {}) };
            await unwrap(
              api.PATCH('/api/actions/{actionId}', {
                params: { path: { actionId: action.id } },
                body: progressOnly ? progress : { ...body, ...progress },
              }),
            );
          } else {
            await unwrap(
              api.POST('/api/audits/{auditId}/actions', {
                params: { path: { auditId } },
                body: { ...body, indicatorCode: code },
              }),
            );
            setDescription('');
            setOwner(ownerChoiceOf());
            setDue(NO_DATE);
            setStatus('not_started');
          }
          onDone();
        })
      }
    >
      <ErrorSummary errors={form.errors.summary} />
      {!progressOnly && (
        <>
          <TextInput
            id={id('description')}
            label="What will be done"
            value={description}
            onChange={setDescription}
            error={form.error(id('description'))}
            autoComplete="off"
          />
          <ActionOwnerField
            auditId={auditId}
            ids={{ ownerId: id('ownerId'), owner: id('owner') }}
            value={owner}
            current={action}
            onChange={setOwner}
            errors={{ ownerId: form.error(id('ownerId')), owner: form.error(id('owner')) }}
          />
        </>
      )}
      <DateInput
        id="action-due"
        legend="Due date (optional)"
        hint="For example, 31 3 2027"
        value={due}
        onChange={setDue}
        error={form.error(id('dueOn'))}
      />
      <Radios
        name={id('status')}
        legend="Status"
        legendSize="s"
        small
        inline
        items={STATUS_ITEMS}
        value={status}
        onChange={setStatus}
        error={form.error(id('status'))}
      />
      {action && (
        <Textarea
          id={id('note')}
          label={t('liveActions.noteLabel')}
          hint={t('liveActions.noteHint')}
          value={note}
          onChange={setNote}
          rows={3}
          maxLength={2000}
          error={form.error(id('note'))}
        />
      )}
      <ButtonGroup>
        <Button variant="secondary" disabled={form.busy}>
          {action ? 'Save action' : 'Add action'}
        </Button>
        {action && (
          <button type="button" className="govuk-link app-link-button" onClick={onDone}>
            Cancel
          </button>
        )}
      </ButtonGroup>
    </form>
  );
}
