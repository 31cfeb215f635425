import { unwrap } from '@pies/api-client';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client';
import { Button, ButtonGroup, ErrorSummary, Radios, Textarea } from '../../components';
import { fieldErrors, useApiForm } from '../../forms/use-api-form';
import { useReportErrors } from './use-form-errors';

const FIELDS = {
  decision: { id: 'decision', label: 'Decision' },
  reason: {
    id: 'reason',
    label: 'Why you are returning the audit',
    message: () => 'Enter why you are returning the audit',
  },
};

/**
 * Accept the audit, or return it to the agency with a reason: choose, then confirm. The reason
 * is checked before the confirmation and again by the API.
 */
export function DecisionForm({
  auditId,
  organisation,
  onDone,
  onErrors,
}: {
  auditId: string;
  organisation: string;
  onDone: (heading: string) => void;
  onErrors?: (key: string, has: boolean) => void;
}) {
  const form = useApiForm(FIELDS);
  useReportErrors('decision', form.hasErrors, onErrors);
  const [decision, setDecision] = useState('');
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);

  const choose = (event: FormEvent) =>
    form.submit(event, async () => {
      if (!decision)
        return fieldErrors([['decision', 'Select whether to accept or return the audit']]);
      if (decision === 'return' && !reason.trim())
        return fieldErrors([['reason', 'Enter why you are returning the audit']]);
      setConfirming(true);
      return { summary: [], byId: {} };
    });

  const confirm = (event: FormEvent) =>
    form.submit(event, async () => {
      if (decision === 'accept') {
        await unwrap(api.POST('/api/audits/{auditId}/accept', { params: { path: { auditId } } }));
        onDone(`${organisation}'s audit is accepted`);
      } else {
        await unwrap(
          api.POST('/api/audits/{auditId}/return', {
            params: { path: { auditId } },
            body: { reason },
          }),
        );
        onDone(`${organisation}'s audit is returned to the agency`);
      }
    });

  if (confirming && !form.hasErrors)
    return (
      <form noValidate onSubmit={(e) => void confirm(e)} aria-labelledby="confirm-heading">
        <h3 className="govuk-heading-s" id="confirm-heading">
          {decision === 'accept'
            ? `Are you sure you want to accept ${organisation}'s audit?`
            : `Are you sure you want to return ${organisation}'s audit?`}
        </h3>
        {decision === 'accept' ? (
          <p className="govuk-body">
            Accepting makes this submission the agency's audit of record for the cycle. It cannot be
            changed afterwards.
          </p>
        ) : (
          <>
            <p className="govuk-body">The agency sees this reason and can change and resubmit:</p>
            <div className="govuk-inset-text app-answer__commentary">{reason}</div>
          </>
        )}
        <ButtonGroup>
          <Button variant={decision === 'accept' ? 'primary' : 'warning'} disabled={form.busy}>
            {decision === 'accept' ? 'Yes, accept the audit' : 'Yes, return the audit'}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
            Go back
          </Button>
        </ButtonGroup>
      </form>
    );

  return (
    <form noValidate onSubmit={(e) => void choose(e)}>
      <ErrorSummary errors={form.errors.summary} />
      <Radios
        name="decision"
        legend="What do you want to do with this audit?"
        legendSize="s"
        error={form.error('decision')}
        value={decision}
        onChange={(v) => {
          setDecision(v);
          setConfirming(false);
        }}
        items={[
          {
            value: 'accept',
            label: 'Accept the audit',
            hint: 'The board is satisfied with the audit and its action plan.',
          },
          {
            value: 'return',
            label: 'Return it to the agency',
            hint: 'The agency changes it and submits again.',
            conditional: (
              <Textarea
                id="reason"
                label="Why are you returning the audit?"
                hint="Say what the agency needs to add or change. The agency sees this."
                error={form.error('reason')}
                value={reason}
                onChange={setReason}
              />
            ),
          },
        ]}
      />
      <Button disabled={form.busy}>Continue</Button>
    </form>
  );
}
