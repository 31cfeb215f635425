import { t } from '@pies/i18n';
import type { ReactNode } from 'react';

/** GOV.UK warning text: the "!" icon and bold text, announced as a warning. */
export function WarningText({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <div className="govuk-warning-text" id={id}>
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{t('warningText.hidden')}</span>
        {children}
      </strong>
    </div>
  );
}
