import type { ReactNode } from 'react';
import { cx } from './class-names';

export interface Column<T> {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
  /** e.g. 'one-half' (GOV.UK width override class) */
  width?: 'one-quarter' | 'one-third' | 'one-half' | 'two-thirds';
}

/**
 * GOV.UK table with a caption (visible or for screen readers only). With `scrollLabel`, a table
 * wider than a phone scrolls sideways in a region of its own (focusable, so keyboards can scroll
 * it) rather than widening the page (WCAG 1.4.10 reflow); the label names the region.
 */
export function Table<T>({
  caption,
  captionSize = 'm',
  captionHidden,
  columns,
  rows,
  rowKey,
  className,
  scrollLabel,
}: {
  caption: ReactNode;
  captionSize?: 's' | 'm' | 'l';
  captionHidden?: boolean;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  className?: string;
  scrollLabel?: string;
}) {
  const table = (
    <table className={cx('govuk-table', className)}>
      <caption
        className={cx(
          'govuk-table__caption',
          !captionHidden && `govuk-table__caption--${captionSize}`,
          captionHidden && 'govuk-visually-hidden',
        )}
      >
        {caption}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((c) => (
            <th
              key={c.key}
              scope="col"
              className={cx(
                'govuk-table__header',
                c.numeric && 'govuk-table__header--numeric',
                c.width && `govuk-!-width-${c.width}`,
              )}
            >
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={rowKey(row)} className="govuk-table__row">
            {columns.map((c, i) =>
              i === 0 ? (
                <th key={c.key} scope="row" className="govuk-table__header app-table__row-header">
                  {c.cell(row)}
                </th>
              ) : (
                <td
                  key={c.key}
                  className={cx('govuk-table__cell', c.numeric && 'govuk-table__cell--numeric')}
                >
                  {c.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!scrollLabel) return table;
  return (
    <div
      className="app-scroll"
      tabIndex={0}
      role="region"
      aria-label={`${scrollLabel} (scrolls sideways)`}
    >
      {table}
    </div>
  );
}
