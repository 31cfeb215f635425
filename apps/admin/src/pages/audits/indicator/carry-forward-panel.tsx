import { ApiError, unwrap } from '@pies/api-client';
import type { CarryState } from '@pies/domain';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { api } from '../../../api/client';
import { Button } from '../../../components/button';
import { WarningText } from '../../../components/warning-text';
import { errorText } from '../../../errors/error-text';
import type { AuditResponse } from '../audit-data';

/**
 * On an answer carried forward from the last audit: "Confirm this answer", or, where the
 * indicator's wording changed, that it needs a fresh answer (saving a changed one clears it).
 */
export function CarryForwardPanel({
  auditId,
  code,
  state,
  editable,
  flush,
  onConfirmed,
}: {
  auditId: string;
  code: string;
  state: CarryState;
  editable: boolean;
  /** Sends any answer still being typed first: saving it may already confirm it. */
  flush: () => Promise<boolean>;
  onConfirmed: (response: AuditResponse) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [confirmed, setConfirmed] = useState(false);
  if (confirmed && !state)
    return (
      <div className="govuk-inset-text" role="status">
        {t('carryForward.confirmed')}
      </div>
    );
  if (!state) return null;
  if (state === 'freshAnswer')
    return (
      <WarningText id="carry-forward">
        {t('carryForward.freshHeading')}.{' '}
        <span className="govuk-!-font-weight-regular">{t('carryForward.freshBody')}</span>
      </WarningText>
    );

  async function confirm() {
    setBusy(true);
    setError(undefined);
    try {
      if (!(await flush())) return;
      const response = await unwrap(
        api.POST('/api/audits/{auditId}/responses/{indicatorCode}/confirm', {
          params: { path: { auditId, indicatorCode: code } },
        }),
      );
      setConfirmed(true);
      onConfirmed(response);
    } catch (e) {
      setError(e instanceof ApiError ? errorText(e) : t('carryForward.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="govuk-inset-text app-carry-forward" id="carry-forward">
      <h2 className="govuk-heading-s">{t('carryForward.heading')}</h2>
      <p className="govuk-body">{t('carryForward.body')}</p>
      {error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {editable && (
        <Button
          type="button"
          id="confirm-answer"
          variant="secondary"
          className="govuk-!-margin-bottom-0"
          disabled={busy}
          onClick={() => void confirm()}
        >
          {t('carryForward.confirm')}
        </Button>
      )}
    </div>
  );
}
