import { unwrap } from '@pies/api-client';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { Pagination, Table } from '../../components';
import { formatCount, formatDate, formatShare } from '../format';
import { sectorLabel } from '../organisations/sectors';
import type { IndicatorFigure, PartnershipDashboard } from '../../api/dashboard-types';

type Dashboard = PartnershipDashboard;

function IndicatorTable({
  className,
  caption,
  rows,
}: {
  className: string;
  caption: string;
  rows: IndicatorFigure[];
}) {
  return (
    <Table
      className={className}
      scrollLabel={caption}
      caption={caption}
      captionSize="s"
      rows={rows}
      rowKey={(i) => i.code}
      columns={[
        {
          key: 'code',
          header: 'Indicator',
          cell: (i) => (
            <>
              <strong>{i.code}</strong> {i.statement}
            </>
          ),
        },
        { key: 'mean', header: 'Mean level', numeric: true, cell: (i) => i.meanLevel.toFixed(2) },
        {
          key: 'below',
          header: 'Below benchmark',
          numeric: true,
          cell: (i) => formatShare(i.belowBenchmarkShare),
        },
      ]}
    />
  );
}

/** The ten weakest and strongest indicators across the counted audits. */
export function Indicators({ d }: { d: Dashboard }) {
  if (d.weakestIndicators.length === 0) return null;
  return (
    <section className="app-section" aria-labelledby="indicators-heading">
      <h2 className="govuk-heading-m" id="indicators-heading">
        Weakest and strongest indicators
      </h2>
      <p className="govuk-body" id="indicators-ranking">
        Indicators are ranked by the share of agencies whose answer is below the indicator's
        benchmark, then by the mean level across the audits counted. The weakest have the most
        agencies below the benchmark. The strongest have the fewest: only indicators that more than
        half of the agencies meet are listed as strongest, and none is listed twice.
      </p>
      <IndicatorTable
        className="app-table--weakest"
        caption="Weakest indicators"
        rows={d.weakestIndicators}
      />
      {d.strongestIndicators.length > 0 ? (
        <IndicatorTable
          className="app-table--strongest"
          caption="Strongest indicators"
          rows={d.strongestIndicators}
        />
      ) : (
        <p className="govuk-body">No indicator is met by more than half of the agencies.</p>
      )}
    </section>
  );
}

const SHOWN = 10;

function OverdueTable({
  rows,
  caption,
}: {
  rows: Dashboard['overdueAgencies']['items'];
  caption: string;
}) {
  return (
    <Table
      caption={caption}
      scrollLabel={caption}
      captionHidden
      rows={rows}
      rowKey={(a) => a.organisationId}
      columns={[
        {
          key: 'name',
          header: 'Agency',
          cell: (a) => (
            <Link className="govuk-link" to={`/organisations/${a.organisationId}/dashboard`}>
              {a.organisation}
            </Link>
          ),
        },
        { key: 'sector', header: 'Sector', cell: (a) => sectorLabel(a.sector) },
        {
          key: 'last',
          header: 'Last accepted',
          cell: (a) => (a.lastAcceptedAt ? formatDate(a.lastAcceptedAt) : 'Never'),
        },
        {
          key: 'due',
          header: 'Current cycle due',
          cell: (a) => (a.nextDueOn ? formatDate(a.nextDueOn) : 'No open cycle'),
        },
      ]}
    />
  );
}

const OVERDUE_PAGE_SIZE = 50;

/** One page of every overdue agency, from the API (the dashboard itself holds the first 20). */
function OverduePage({
  partnershipId,
  sector,
  page,
  hrefFor,
}: {
  partnershipId: string;
  sector: Dashboard['filters']['sector'];
  page: number;
  hrefFor: (page: number) => string;
}) {
  const list = useApiData(`overdue:${partnershipId}:${sector}:${page}`, () =>
    unwrap(
      api.GET('/api/partnerships/{partnershipId}/dashboard/overdue-agencies', {
        params: {
          path: { partnershipId },
          query: { page, pageSize: OVERDUE_PAGE_SIZE, ...(sector ? { sector } : {}) },
        },
      }),
    ),
  );
  if (list.error) {
    return (
      <p className="govuk-body" role="alert">
        The list of overdue agencies could not be loaded. Close and open it to try again.
      </p>
    );
  }
  const shown = list.data ?? list.previous;
  if (!shown) return <p className="govuk-body">Loading…</p>;
  return (
    <>
      <OverdueTable rows={shown.items} caption={`Overdue agencies, page ${shown.page}`} />
      <Pagination
        page={shown.page}
        totalPages={Math.max(1, Math.ceil(shown.total / shown.pageSize))}
        hrefFor={hrefFor}
        label="Pages of the overdue agencies"
      />
    </>
  );
}

/** Every overdue agency, paged, loaded when opened; the open page is in the address. */
function AllOverdueAgencies({
  total,
  page,
  ...rest
}: {
  partnershipId: string;
  sector: Dashboard['filters']['sector'];
  total: number;
  page: number;
  hrefFor: (page: number) => string;
}) {
  const [open, setOpen] = useState(page > 0);
  return (
    <details
      className="govuk-details"
      id="all-overdue-agencies"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Show all {formatCount(total, 'overdue agency', 'overdue agencies')}
        </span>
      </summary>
      <div className="govuk-details__text" id="all-overdue">
        {open && <OverduePage page={Math.max(1, page)} {...rest} />}
      </div>
    </details>
  );
}

/** What needs the board's attention: overdue agencies, open challenges, overdue actions. */
export function Attention({
  d,
  partnershipId,
  overduePage,
  hrefForOverduePage,
}: {
  d: Dashboard;
  partnershipId: string;
  /** The page of the full overdue list in the address; 0 when it is closed. */
  overduePage: number;
  hrefForOverduePage: (page: number) => string;
}) {
  const overdue = d.overdueAgencies;
  return (
    <section className="app-section" aria-labelledby="attention-heading">
      <h2 className="govuk-heading-m" id="attention-heading">
        Needs attention
      </h2>
      <h3 className="govuk-heading-s">
        Agencies overdue for their audit ({overdue.total.toLocaleString('en-GB')})
      </h3>
      {overdue.total === 0 ? (
        <p className="govuk-body">No agency is overdue for its two-yearly audit.</p>
      ) : (
        <>
          <p className="govuk-body">
            No audit accepted in the last two years, or the open cycle's due date has passed.
          </p>
          <OverdueTable rows={overdue.items.slice(0, SHOWN)} caption="Overdue agencies" />
          {overdue.total > SHOWN && (
            <AllOverdueAgencies
              partnershipId={partnershipId}
              sector={d.filters.sector}
              total={overdue.total}
              page={overduePage}
              hrefFor={hrefForOverduePage}
            />
          )}
        </>
      )}

      <h3 className="govuk-heading-s">
        Open challenges ({d.openChallenges.total.toLocaleString('en-GB')})
      </h3>
      {d.openChallenges.total === 0 ? (
        <p className="govuk-body">No challenge is open in this cycle.</p>
      ) : (
        <>
          <ul className="govuk-list govuk-list--spaced" id="open-challenges">
            {d.openChallenges.items.map((c) => (
              <li key={c.id}>
                <Link
                  className="govuk-link"
                  to={`/audits/${c.auditId}/challenges#challenge-${c.id}`}
                >
                  {c.organisation}
                  {c.indicatorCode ? `, ${c.indicatorCode}` : ', whole audit'}
                </Link>
                <span className="app-cell-secondary">
                  Raised {formatDate(c.raisedAt)}
                  {c.question ? `: ${c.question}` : ''}
                </span>
              </li>
            ))}
          </ul>
          {d.openChallenges.total > d.openChallenges.items.length && (
            <p className="govuk-body-s">
              Showing the {d.openChallenges.items.length} oldest of{' '}
              {formatCount(d.openChallenges.total, 'open challenge')}.
            </p>
          )}
        </>
      )}

      <h3 className="govuk-heading-s">
        Overdue actions ({d.overdueActions.total.toLocaleString('en-GB')})
      </h3>
      {d.overdueActions.total === 0 ? (
        <p className="govuk-body">No improvement action is overdue.</p>
      ) : (
        <>
          <Table
            caption="Overdue improvement actions"
            scrollLabel="Overdue improvement actions"
            captionHidden
            rows={d.overdueActions.items}
            rowKey={(a) => a.id}
            columns={[
              {
                key: 'agency',
                header: 'Agency',
                cell: (a) => (
                  <Link className="govuk-link" to={`/audits/${a.auditId}/review`}>
                    {a.organisation}
                  </Link>
                ),
              },
              {
                key: 'action',
                header: 'Action',
                cell: (a) => (
                  <>
                    {a.indicatorCode && <strong>{a.indicatorCode} </strong>}
                    {a.description}
                    <span className="app-cell-secondary">Owner: {a.owner}</span>
                  </>
                ),
              },
              { key: 'due', header: 'Due', cell: (a) => (a.dueOn ? formatDate(a.dueOn) : '') },
            ]}
          />
          {d.overdueActions.total > d.overdueActions.items.length && (
            <p className="govuk-body-s">
              Showing the {d.overdueActions.items.length} most overdue of{' '}
              {formatCount(d.overdueActions.total, 'overdue action')}.
            </p>
          )}
        </>
      )}
    </section>
  );
}
