import type { ReactNode } from 'react';
import { cx } from './class-names';

export type LegendSize = 's' | 'm' | 'l' | 'xl';

/** GOV.UK fieldset: groups related inputs under a legend (optionally the page's h1). */
export function Fieldset({
  legend,
  legendSize,
  isPageHeading,
  describedBy,
  children,
}: {
  legend: ReactNode;
  legendSize?: LegendSize;
  isPageHeading?: boolean;
  describedBy?: string;
  children: ReactNode;
}) {
  const size = legendSize ?? (isPageHeading ? 'l' : undefined);
  return (
    <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
      <legend className={cx('govuk-fieldset__legend', size && `govuk-fieldset__legend--${size}`)}>
        {isPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
      </legend>
      {children}
    </fieldset>
  );
}
