import { submissionReference } from '@pies/domain';
import { t } from '@pies/i18n';

/**
 * A submission's short reference, with its full SHA-256 fingerprint in a details element for
 * checking against the audit report (the agency's confirmation and the board's review).
 */
export function SubmissionReference({ sha256 }: { sha256: string }) {
  return (
    <>
      <span className="app-cell-secondary">
        {t('submission.reference', { reference: submissionReference(sha256) })}
      </span>
      <details
        className="govuk-details govuk-!-margin-top-2 govuk-!-margin-bottom-0"
        id="submission-reference"
      >
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{t('submission.checkSummary')}</span>
        </summary>
        <div className="govuk-details__text">
          <p className="govuk-body-s">{t('submission.checkText')}</p>
          <code className="app-break-words" id="submission-sha256">
            {sha256}
          </code>
        </div>
      </details>
    </>
  );
}
