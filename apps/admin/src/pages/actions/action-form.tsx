import { type SchemaActionDto, unwrap } from '@pies/api-client';
import { ACTION_STATUSES } from '@pies/domain';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { api } from '../../api/client';
import { Button, ButtonGroup } from '../../components/button';
import { Radios } from '../../components/choices';
import {
  DateInput,
  type DateParts,
  isBlank,
  NO_DATE,
  partsOf,
  realDate,
} from '../../components/date-input';
import { ErrorSummary } from '../../components/error-summary';
import { TextInput } from '../../components/text-input';
import { Textarea } from '../../components/textarea';
import { fieldErrors, useApiForm } from '../../forms/use-api-form';
import { ActionOwnerField, ownerBody, ownerChoiceOf, type OwnerChoice } from './action-owner-field';

export type Action = SchemaActionDto;
export const statusLabel = (status: Action['status']) => t(`liveActions.status.${status}`);
const STATUS_ITEMS = ACTION_STATUSES.map((value) => ({ value, label: statusLabel(value) }));

const FIELDS = {
  description: { id: 'action-description', label: 'What will be done' },
  ownerId: { id: 'action-owner-id', label: 'Who owns it' },
  owner: { id: 'action-owner', label: 'Their name or role' },
  dueOn: { id: 'action-due-day', label: 'Due date' },
  status: { id: 'action-status', label: 'Status' },
  note: { id: 'action-note', label: 'Note' },
};

/**
 * A new action (on an indicator, or with no `code` on the audit as a whole) or a change to one.
 * While the plan is being written everything changes; after submission (`progressOnly`) the
 * status, due date and a note.
 */
export function ActionForm({
  auditId,
  code,
  action,
  progressOnly = false,
  onDone,
  onCancel,
}: {
  auditId: string;
  /** The indicator a new action is on; none for the audit as a whole. */
  code?: string | null;
  action?: Action;
  /** After submission: status, due date and a note only. */
  progressOnly?: boolean;
  onDone: () => void;
  /** Offers "Cancel" beside saving a change. */
  onCancel?: () => void;
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
                body: code ? { ...body, indicatorCode: code } : body,
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
        {onCancel && (
          <button type="button" className="govuk-link app-link-button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </ButtonGroup>
    </form>
  );
}
