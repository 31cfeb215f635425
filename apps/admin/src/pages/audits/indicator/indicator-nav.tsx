import type { MouseEvent } from 'react';
import { Link } from 'react-router';
import type { IndicatorEntry } from '../audit-data';

/** GOV.UK pagination (block style): the previous and next indicator, saving before leaving. */
export function IndicatorNav({
  auditId,
  previous,
  next,
  onLeave,
}: {
  auditId: string;
  previous?: IndicatorEntry;
  next?: IndicatorEntry;
  onLeave: (event: MouseEvent<HTMLAnchorElement>, to: string) => void;
}) {
  const link = (entry: IndicatorEntry, rel: 'prev' | 'next') => {
    const to = `/audits/${auditId}/indicators/${entry.indicator.code}`;
    return (
      <div className={`govuk-pagination__${rel}`}>
        <Link
          className="govuk-link govuk-pagination__link"
          to={to}
          rel={rel}
          onClick={(e) => onLeave(e, to)}
        >
          <svg
            className={`govuk-pagination__icon govuk-pagination__icon--${rel}`}
            xmlns="http://www.w3.org/2000/svg"
            height="13"
            width="15"
            aria-hidden="true"
            focusable="false"
            viewBox="0 0 15 13"
          >
            <path
              d={
                rel === 'prev'
                  ? 'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z'
                  : 'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z'
              }
            />
          </svg>
          <span className="govuk-pagination__link-title">
            {rel === 'prev' ? 'Previous' : 'Next'}
            <span className="govuk-visually-hidden"> indicator</span>
          </span>
          <span className="govuk-visually-hidden">:</span>
          <span className="govuk-pagination__link-label">
            {entry.indicator.code} {entry.standardTitle}
          </span>
        </Link>
      </div>
    );
  };
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label="Indicators">
      {previous && link(previous, 'prev')}
      {next && link(next, 'next')}
    </nav>
  );
}
