import {
  BOARD_COUNTED_STATES,
  type BoardCountedState,
  HEAT_MAP_SORTS,
  type HeatMapSort,
  isUuid,
} from '@pies/domain';
import { unwrap } from '@pies/api-client';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { Loading, PageLayout, Pagination } from '../../components';
import { ApiErrorPage } from '../error-pages';
import { FlashBanner } from '../flash';
import { formatCount, formatDate, formatList } from '../format';
import { isSector, sectorLabel } from '../organisations/sectors';
import { DashboardFilters, STATE_OPTIONS } from './dashboard-filters';
import { ActionProgress } from './action-progress';
import { Attention, Indicators } from './dashboard-lists';
import { AreaScores, Completion, SectorAverages } from './dashboard-scores';
import { HeatMap } from './heat-map';
import './board.scss';

export const HEAT_MAP_PAGE_SIZE = 50;
/** "submitted, returned and accepted" */
const SORTS = HEAT_MAP_SORTS;
type Sort = HeatMapSort;
const STATES = BOARD_COUNTED_STATES;
type CountedState = BoardCountedState;

/** The partnership's dashboard for one cycle; every choice is in the address. */
export function PartnershipDashboardPage() {
  const { partnershipId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  // A cycle id that is not a UUID cannot exist: ignore it rather than ask the API (a 400).
  const cycleParam = isUuid(params.get('cycleId') ?? '') ? params.get('cycleId')! : '';
  const sectorParam = params.get('sector') ?? '';
  const sector = isSector(sectorParam) ? sectorParam : undefined;
  const stateParam = params.get('state') ?? '';
  const state = (STATES as readonly string[]).includes(stateParam)
    ? (stateParam as CountedState)
    : undefined;
  const sortParam = params.get('sort') ?? 'name';
  const sort: Sort = (SORTS as readonly string[]).includes(sortParam)
    ? (sortParam as Sort)
    : 'name';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  // The page of the full overdue list, once opened (0: closed); it does not change the dashboard.
  const overduePage = Math.max(0, Number.parseInt(params.get('overduePage') ?? '0', 10) || 0);
  const dashboardParams = new URLSearchParams(params);
  dashboardParams.delete('overduePage');

  const partnership = useApiData(`partnership:${partnershipId}`, () =>
    unwrap(api.GET('/api/partnerships/{partnershipId}', { params: { path: { partnershipId } } })),
  );
  const cycles = useApiData(`cycles:${partnershipId}`, () =>
    unwrap(
      api.GET('/api/partnerships/{partnershipId}/cycles', { params: { path: { partnershipId } } }),
    ),
  );
  const hasCycles = (cycles.data?.length ?? 0) > 0;
  const dashboard = useApiData(
    `dashboard:${partnershipId}:${hasCycles}:${dashboardParams.toString()}`,
    async () =>
      hasCycles
        ? await unwrap(
            api.GET('/api/partnerships/{partnershipId}/dashboard', {
              params: {
                path: { partnershipId },
                query: {
                  ...(cycleParam ? { cycleId: cycleParam } : {}),
                  ...(sector ? { sector } : {}),
                  ...(state ? { state } : {}),
                  sort,
                  page,
                  pageSize: HEAT_MAP_PAGE_SIZE,
                },
              },
            }),
          )
        : null,
  );

  const error = partnership.error ?? cycles.error ?? dashboard.error;
  if (error) return <ApiErrorPage error={error} />;
  if (!partnership.data || !cycles.data) return <Loading title="Dashboard" />;
  if (!hasCycles)
    return (
      <PageLayout title="Dashboard">
        <span className="govuk-caption-l">{partnership.data.name}</span>
        <h1 className="govuk-heading-l">Dashboard</h1>
        <p className="govuk-body">
          There are no audit cycles yet. The dashboard fills in once a cycle is open and agencies
          submit their audits.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/partnerships/${partnershipId}/cycles`}>
            Audit cycles
          </Link>
        </p>
      </PageLayout>
    );
  const d = dashboard.data ?? dashboard.previous;
  if (!d) return <Loading title="Dashboard" />;

  const withParams = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    return `?${next.toString()}`;
  };
  const heat = d.heatMap;
  const totalPages = Math.max(1, Math.ceil(heat.total / heat.pageSize));
  const from = heat.total === 0 ? 0 : (heat.page - 1) * heat.pageSize + 1;
  const to = Math.min(heat.total, heat.page * heat.pageSize);
  const filterWords = [
    sector ? sectorLabel(sector) : null,
    state ? STATE_OPTIONS.find((o) => o.value === state)?.label.toLowerCase() : null,
  ].filter(Boolean);

  return (
    <PageLayout title={`Dashboard, ${d.cycle.name}`} width="full">
      <FlashBanner />
      <span className="govuk-caption-l">{partnership.data.name}</span>
      <h1 className="govuk-heading-l">Dashboard</h1>
      <p className="govuk-body-l">
        Audit cycle {d.cycle.name}: opened {formatDate(d.cycle.opensOn)}, due{' '}
        {formatDate(d.cycle.dueOn)}.
      </p>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to={`/cycles/${d.cycle.id}/reports`}>
            Board report and downloads for {d.cycle.name}
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to={`/cycles/${d.cycle.id}`}>
            Audits in {d.cycle.name}
          </Link>
        </li>
      </ul>
      <DashboardFilters
        key={params.toString()}
        cycles={cycles.data}
        values={{ cycleId: d.cycle.id, sector: sector ?? '', state: state ?? '' }}
        onApply={(v) => {
          const next = new URLSearchParams();
          next.set('cycleId', v.cycleId);
          if (v.sector) next.set('sector', v.sector);
          if (v.state) next.set('state', v.state);
          if (sort !== 'name') next.set('sort', sort);
          setParams(next);
        }}
      />
      <p className="govuk-body app-result-count" role="status" aria-live="polite">
        {dashboard.loading
          ? 'Updating the dashboard…'
          : `Counting ${formatList(d.countedStates)} audits${filterWords.length ? ` (${filterWords.join(', ')})` : ''}.`}
      </p>

      <Completion d={d} />
      <AreaScores d={d} />

      <section className="app-section" aria-labelledby="heat-map-heading">
        <h2 className="govuk-heading-m" id="heat-map-heading">
          Heat map: agencies by PIES area
        </h2>
        <ul className="app-legend-list govuk-body-s" aria-label="Areas">
          {d.partnership.areas.map((a) => (
            <li key={a.code}>
              <strong>{a.code}</strong> {a.title}
            </li>
          ))}
        </ul>
        <p className="govuk-body" id="heat-map-count">
          {heat.total === 0 ? (
            'No audit matches these filters.'
          ) : heat.items.length === 0 ? (
            <>
              There is no page {heat.page} of the heat map.{' '}
              <Link className="govuk-link" to={withParams({ page: null })}>
                Go to the first page
              </Link>
            </>
          ) : (
            `Showing ${from.toLocaleString('en-GB')} to ${to.toLocaleString('en-GB')} of ${formatCount(heat.total, 'agency', 'agencies')}. Select a column heading to sort; select an agency to review its audit.`
          )}
        </p>
        {heat.items.length > 0 && (
          <HeatMap
            rows={heat.items}
            areas={d.partnership.areas}
            sort={sort}
            hrefForSort={(s) => withParams({ sort: s === 'name' ? null : s, page: null })}
            previousCycle={d.previousCycle?.name ?? null}
            caption={`Scores of each agency by PIES area, ${d.cycle.name}`}
            busy={dashboard.loading}
          />
        )}
        <Pagination
          page={heat.page}
          totalPages={totalPages}
          hrefFor={(p) => withParams({ page: p === 1 ? null : String(p) })}
          label="Pages of the heat map"
        />
      </section>

      <SectorAverages d={d} />
      <Indicators d={d} />
      <Attention
        d={d}
        partnershipId={partnershipId}
        overduePage={overduePage}
        hrefForOverduePage={(p) => withParams({ overduePage: String(p) })}
      />
      <ActionProgress cycleId={d.cycle.id} />
    </PageLayout>
  );
}
