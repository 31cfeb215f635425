import type { MouseEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { cx } from './class-names';

/** The page numbers to show: first, last, current and its neighbours, with gaps as null. */
export function pageItems(current: number, total: number): (number | null)[] {
  const wanted = new Set([1, total, current - 1, current, current + 1]);
  const pages = [...wanted].filter((p) => p >= 1 && p <= total).sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const p of pages) {
    const prev = out[out.length - 1];
    if (typeof prev === 'number' && p - prev > 1) out.push(p - prev === 2 ? prev + 1 : null);
    out.push(p);
  }
  return out;
}

/** GOV.UK pagination for a list split over pages. Renders nothing for one page. */
export function Pagination({
  page,
  totalPages,
  hrefFor,
  label = 'Pagination',
}: {
  page: number;
  totalPages: number;
  hrefFor: (page: number) => string;
  label?: string;
}) {
  if (totalPages <= 1) return null;
  return (
    <nav className="govuk-pagination" aria-label={label}>
      {page > 1 && (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={hrefFor(page - 1)} rel="prev">
            <Arrow rel="prev" />
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
      <ul className="govuk-pagination__list">
        {pageItems(page, totalPages).map((p, i) =>
          p === null ? (
            <li
              key={`gap-${i}`}
              className="govuk-pagination__item govuk-pagination__item--ellipses"
            >
              &ctdot;
            </li>
          ) : (
            <li
              key={p}
              className={cx(
                'govuk-pagination__item',
                p === page && 'govuk-pagination__item--current',
              )}
            >
              <Link
                className="govuk-link govuk-pagination__link"
                to={hrefFor(p)}
                aria-label={`Page ${p}`}
                aria-current={p === page ? 'page' : undefined}
              >
                {p}
              </Link>
            </li>
          ),
        )}
      </ul>
      {page < totalPages && (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={hrefFor(page + 1)} rel="next">
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
            <Arrow rel="next" />
          </Link>
        </div>
      )}
    </nav>
  );
}

const ARROWS = {
  prev: 'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z',
  next: 'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z',
};

function Arrow({ rel }: { rel: 'prev' | 'next' }) {
  return (
    <svg
      className={`govuk-pagination__icon govuk-pagination__icon--${rel}`}
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d={ARROWS[rel]} />
    </svg>
  );
}

export interface BlockPaginationLink {
  to: string;
  /** What the link leads to ("P1.2 Filtering"), under "Previous" or "Next". */
  label: ReactNode;
  onClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
}

/**
 * GOV.UK pagination, block style: links to the previous and next item of a sequence (an area, an
 * indicator). `noun` completes "Previous"/"Next" for screen readers. Renders nothing with neither.
 */
export function BlockPagination({
  label,
  noun,
  previous,
  next,
}: {
  label: string;
  noun: string;
  previous?: BlockPaginationLink;
  next?: BlockPaginationLink;
}) {
  if (!previous && !next) return null;
  const link = (l: BlockPaginationLink, rel: 'prev' | 'next') => (
    <div className={`govuk-pagination__${rel}`}>
      <Link className="govuk-link govuk-pagination__link" to={l.to} rel={rel} onClick={l.onClick}>
        <Arrow rel={rel} />
        <span className="govuk-pagination__link-title">
          {rel === 'prev' ? 'Previous' : 'Next'}
          <span className="govuk-visually-hidden"> {noun}</span>
        </span>
        <span className="govuk-visually-hidden">:</span>
        <span className="govuk-pagination__link-label">{l.label}</span>
      </Link>
    </div>
  );
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label={label}>
      {previous && link(previous, 'prev')}
      {next && link(next, 'next')}
    </nav>
  );
}
