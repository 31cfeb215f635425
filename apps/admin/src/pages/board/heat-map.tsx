import { Link } from 'react-router';
import { sectorLabel } from '../organisations/sectors';
import { describeChange, formatChange } from '../format';
import { AuditStatusTag } from '../status-tags';
import type { AreaFigure, HeatMapRow } from '../../api/dashboard-types';
import { HeatCell } from './rag';

/** Keys the API sorts by; those it can sort both ways get a descending twin ("-P"). */
const BOTH_WAYS = new Set(['name', 'overall', 'P', 'I', 'E', 'S']);

export function nextSort(current: string, key: string): string {
  if (current === key && BOTH_WAYS.has(key)) return `-${key}`;
  return key;
}

function SortIcon({ direction }: { direction: 'ascending' | 'descending' | 'none' }) {
  const up = 'M5 0 L10 6 H0 Z';
  const down = 'M5 14 L10 8 H0 Z';
  return (
    <svg
      className="app-sort__icon"
      viewBox="0 0 10 14"
      aria-hidden="true"
      focusable="false"
      xmlns="http://www.w3.org/2000/svg"
    >
      {direction !== 'descending' && <path d={up} fill="currentColor" />}
      {direction !== 'ascending' && <path d={down} fill="currentColor" />}
    </svg>
  );
}

/** A column header that sorts the heat map through the address (linkable, Back works). */
function SortHeader({
  label,
  hiddenLabel,
  sortKey,
  sort,
  hrefFor,
  numeric,
}: {
  label: string;
  hiddenLabel?: string;
  sortKey: string;
  sort: string;
  hrefFor: (sort: string) => string;
  numeric?: boolean;
}) {
  const direction =
    sort === sortKey ? 'ascending' : sort === `-${sortKey}` ? 'descending' : ('none' as const);
  return (
    <th
      scope="col"
      className={`govuk-table__header${numeric ? ' govuk-table__header--numeric' : ''}`}
      aria-sort={direction}
    >
      <Link className="app-sort govuk-link" to={hrefFor(nextSort(sort, sortKey))}>
        {label}
        {hiddenLabel && <span className="govuk-visually-hidden"> {hiddenLabel}</span>}
        <SortIcon direction={direction} />
      </Link>
    </th>
  );
}

/**
 * Agencies × PIES areas: each cell tinted by its RAG band and showing the score and the band's
 * name. The table scrolls sideways in its own focusable region on narrow screens.
 */
export function HeatMap({
  rows,
  areas,
  sort,
  hrefForSort,
  previousCycle,
  caption,
  busy,
}: {
  rows: HeatMapRow[];
  areas: Pick<AreaFigure, 'code' | 'title'>[];
  sort: string;
  hrefForSort: (sort: string) => string;
  previousCycle: string | null;
  caption: string;
  /** The next sort or page is loading: these rows are the previous ones. */
  busy?: boolean;
}) {
  const header = (label: string, key: string, hidden?: string, numeric?: boolean) => (
    <SortHeader
      key={key}
      label={label}
      hiddenLabel={hidden}
      sortKey={key}
      sort={sort}
      hrefFor={hrefForSort}
      numeric={numeric}
    />
  );
  return (
    <div
      className="app-scroll"
      tabIndex={0}
      role="region"
      aria-label={`${caption} (scrolls sideways)`}
    >
      <table
        className="govuk-table govuk-table--small-text-until-tablet app-heat-map"
        id="heat-map"
        aria-busy={busy || undefined}
      >
        <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {header('Agency', 'name')}
            {header('Sector', 'sector')}
            {header('Status', 'status')}
            {header('Overall', 'overall', undefined, true)}
            {areas.map((a) => header(a.code, a.code, a.title, true))}
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Change{previousCycle ? ` since ${previousCycle}` : ''}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((r) => (
            <tr key={r.auditId} className="govuk-table__row">
              <th scope="row" className="govuk-table__header app-table__row-header">
                <Link className="govuk-link" to={`/audits/${r.auditId}/review`}>
                  {r.organisation}
                </Link>
              </th>
              <td className="govuk-table__cell">{sectorLabel(r.sector)}</td>
              <td className="govuk-table__cell">
                <AuditStatusTag status={r.status} />
              </td>
              <HeatCell score={r.overall.score} rag={r.overall.rag} />
              {areas.map((a) => (
                <HeatCell
                  key={a.code}
                  score={r.areas[a.code]?.score ?? null}
                  rag={r.areas[a.code]?.rag ?? null}
                />
              ))}
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {r.change == null ? (
                  <span className="app-secondary-text">None</span>
                ) : (
                  <>
                    <span aria-hidden="true">{formatChange(r.change)}</span>
                    <span className="govuk-visually-hidden">{describeChange(r.change)}</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
