import { ApiError, unwrap } from '@pies/api-client';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client';
import { Button, ButtonGroup } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { errorText } from '../../errors/error-text';
import { formatCount, formatDate } from '../format';

/**
 * A contributor's "My part is done": a button, then a confirmation, then the done state. The
 * agency leads are told once; answers can still change afterwards.
 */
export function MyPartDone({
  auditId,
  doneAt,
  assigned,
  completed,
  onDone,
}: {
  auditId: string;
  /** When they said so, if they have (for their current share). */
  doneAt: string | null;
  assigned: number;
  completed: number;
  onDone: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  if (doneAt)
    return (
      <div className="govuk-inset-text" id="my-part-done">
        <p className="govuk-body govuk-!-font-weight-bold">You said your part is done</p>
        <p className="govuk-body">
          On {formatDate(doneAt)} you told your agency lead that the{' '}
          {formatCount(assigned, 'indicator')} assigned to you {assigned === 1 ? 'is' : 'are'} done.
          You can still change your answers until the audit is submitted.
        </p>
      </div>
    );

  async function confirm(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await unwrap(
        api.POST('/api/audits/{auditId}/my-part-done', { params: { path: { auditId } } }),
      );
      setConfirming(false);
      onDone();
    } catch (e) {
      setError(e instanceof ApiError ? errorText(e) : 'It could not be saved. Try again.');
    } finally {
      setBusy(false);
    }
  }

  const left = assigned - completed;
  if (confirming)
    return (
      <form noValidate onSubmit={(e) => void confirm(e)} aria-labelledby="my-part-done-heading">
        <ErrorSummary errors={error ? [{ text: error }] : []} />
        <h3 className="govuk-heading-s" id="my-part-done-heading">
          Are you sure your part is done?
        </h3>
        <p className="govuk-body">
          Your agency lead will be told that you have finished the{' '}
          {formatCount(assigned, 'indicator')} assigned to you.
        </p>
        {left > 0 && (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              {formatCount(left, 'of your indicators is', 'of your indicators are')} not completed
              yet.
            </strong>
          </div>
        )}
        <ButtonGroup>
          <Button disabled={busy}>Yes, my part is done</Button>
          <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
            Go back
          </Button>
        </ButtonGroup>
      </form>
    );

  return (
    <>
      <p className="govuk-body">
        When you have answered everything assigned to you, tell your agency lead.
      </p>
      <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
        My part is done
      </Button>
    </>
  );
}
