import { ApiError, unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client';
import { Button, ButtonGroup } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { WarningText } from '../../components/warning-text';
import { errorText } from '../../errors/error-text';
import { formatDate } from '../format';

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
        <p className="govuk-body govuk-!-font-weight-bold">{t('myPartDone.doneHeading')}</p>
        <p className="govuk-body">
          {t('myPartDone.doneBody', { count: assigned, date: formatDate(doneAt) })}
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
      setError(e instanceof ApiError ? errorText(e) : t('myPartDone.failed'));
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
          {t('myPartDone.confirmHeading')}
        </h3>
        <p className="govuk-body">{t('myPartDone.confirmBody', { count: assigned })}</p>
        {left > 0 && <WarningText>{t('myPartDone.notCompleted', { count: left })}</WarningText>}
        <ButtonGroup>
          <Button disabled={busy}>{t('myPartDone.confirm')}</Button>
          <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
            {t('myPartDone.back')}
          </Button>
        </ButtonGroup>
      </form>
    );

  return (
    <>
      <p className="govuk-body">{t('myPartDone.prompt')}</p>
      <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
        {t('myPartDone.button')}
      </Button>
    </>
  );
}
