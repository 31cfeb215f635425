import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { cx } from './class-names';

export interface SummaryRow {
  key: ReactNode;
  value: ReactNode;
  /** e.g. { to: 'edit', text: 'Change', visuallyHiddenText: 'name' } */
  actions?: { to: string; text: string; visuallyHiddenText?: string }[];
}

/** GOV.UK summary list: key/value pairs, optionally with "Change" links. */
export function SummaryList({
  rows,
  noBorder,
  className,
}: {
  rows: SummaryRow[];
  noBorder?: boolean;
  className?: string;
}) {
  const anyActions = rows.some((r) => r.actions?.length);
  return (
    <dl
      className={cx('govuk-summary-list', noBorder && 'govuk-summary-list--no-border', className)}
    >
      {rows.map((row, i) => (
        <div
          key={i}
          className={cx(
            'govuk-summary-list__row',
            anyActions && !row.actions?.length && 'govuk-summary-list__row--no-actions',
          )}
        >
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.actions?.length ? (
            <dd className="govuk-summary-list__actions">
              {row.actions.map((a) => (
                <Link key={a.to + a.text} className="govuk-link" to={a.to}>
                  {a.text}
                  {a.visuallyHiddenText && (
                    <span className="govuk-visually-hidden"> {a.visuallyHiddenText}</span>
                  )}
                </Link>
              ))}
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

/** GOV.UK summary card: a summary list with a title and card-level actions. */
export function SummaryCard({
  title,
  actions,
  children,
}: {
  title: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">{title}</h2>
        {actions && <div className="govuk-summary-card__actions">{actions}</div>}
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </div>
  );
}
