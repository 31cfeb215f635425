import { unwrap } from '@pies/api-client';
import { type FormEvent, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { canManagePartnership } from '../../auth/access';
import { useMe } from '../../auth/session';
import {
  Button,
  ButtonLink,
  Loading,
  PageLayout,
  Pagination,
  Select,
  Table,
  TextInput,
} from '../../components';
import { ApiErrorPage } from '../error-pages';
import { FlashBanner } from '../flash';
import { formatCount } from '../format';
import { isSector, SECTOR_OPTIONS, sectorLabel } from './sectors';

const PAGE_SIZE = 50;

function Filters({
  search,
  sector,
  onApply,
}: {
  search: string;
  sector: string;
  onApply: (search: string, sector: string) => void;
}) {
  const [text, setText] = useState(search);
  const [chosen, setChosen] = useState(sector);
  function apply(event: FormEvent) {
    event.preventDefault();
    onApply(text.trim(), chosen);
  }
  return (
    <form
      className="app-filters"
      role="search"
      aria-label="Organisations"
      noValidate
      onSubmit={apply}
    >
      <div className="app-filters__field app-filters__field--grow">
        <TextInput
          id="search"
          label="Search by name"
          labelClassName="govuk-label--s"
          type="search"
          value={text}
          onChange={setText}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <div className="app-filters__field">
        <Select
          id="sector"
          label="Sector"
          labelClassName="govuk-label--s"
          options={[{ value: '', label: 'All sectors' }, ...SECTOR_OPTIONS]}
          value={chosen}
          onChange={setChosen}
        />
      </div>
      <div className="app-filters__actions">
        <Button variant="secondary">Search</Button>
      </div>
    </form>
  );
}

export function OrganisationsPage() {
  const { partnershipId = '' } = useParams();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const sectorParam = params.get('sector') ?? '';
  const sector = isSector(sectorParam) ? sectorParam : '';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);

  const partnership = useApiData(`partnership:${partnershipId}`, () =>
    unwrap(api.GET('/api/partnerships/{partnershipId}', { params: { path: { partnershipId } } })),
  );
  const list = useApiData(`orgs:${partnershipId}:${search}:${sector}:${page}`, () =>
    unwrap(
      api.GET('/api/partnerships/{partnershipId}/organisations', {
        params: {
          path: { partnershipId },
          query: {
            page,
            pageSize: PAGE_SIZE,
            ...(search ? { search } : {}),
            ...(sector ? { sector } : {}),
          },
        },
      }),
    ),
  );

  const error = partnership.error ?? list.error;
  if (error) return <ApiErrorPage error={error} />;
  const result = list.data ?? list.previous;
  if (!partnership.data || !result) return <Loading title="Organisations" />;

  const filtered = Boolean(search || sector);
  const totalPages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const from = result.total === 0 ? 0 : (result.page - 1) * result.pageSize + 1;
  const to = Math.min(result.total, result.page * result.pageSize);
  const hrefFor = (p: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(p));
    return `?${next.toString()}`;
  };

  return (
    <PageLayout title={filtered ? 'Organisations (search results)' : 'Organisations'} width="full">
      <FlashBanner />
      <div className="app-heading-with-action">
        <div>
          <span className="govuk-caption-l">{partnership.data.name}</span>
          <h1 className="govuk-heading-l">Organisations</h1>
        </div>
        {canManagePartnership(me, partnershipId) && (
          <ButtonLink to={`/partnerships/${partnershipId}/organisations/new`}>
            Add an organisation
          </ButtonLink>
        )}
      </div>
      <Filters
        key={`${search}|${sector}`}
        search={search}
        sector={sector}
        onApply={(s, sec) => {
          const next = new URLSearchParams();
          if (s) next.set('search', s);
          if (sec) next.set('sector', sec);
          setParams(next);
        }}
      />
      <p className="govuk-body app-result-count" role="status" aria-live="polite">
        {list.loading
          ? 'Searching…'
          : result.total === 0
            ? filtered
              ? 'No organisations match your search.'
              : 'There are no organisations in this partnership yet.'
            : `Showing ${from.toLocaleString('en-GB')} to ${to.toLocaleString('en-GB')} of ${formatCount(result.total, 'organisation')}${filtered ? ' matching your search' : ''}`}
        {filtered && !list.loading && (
          <>
            {' '}
            <Link className="govuk-link" to={`/partnerships/${partnershipId}/organisations`}>
              Clear search
            </Link>
          </>
        )}
      </p>
      {result.items.length > 0 && (
        <Table
          caption="Organisations"
          captionHidden
          className="app-table--organisations"
          rows={result.items}
          rowKey={(o) => o.id}
          columns={[
            {
              key: 'name',
              header: 'Name',
              cell: (o) => (
                <Link className="govuk-link" to={`/organisations/${o.id}`}>
                  {o.name}
                </Link>
              ),
            },
            { key: 'sector', header: 'Sector', cell: (o) => sectorLabel(o.sector) },
            {
              key: 'contact',
              header: 'Contact email',
              cell: (o) =>
                o.contactEmail ? (
                  <span className="app-break-words">{o.contactEmail}</span>
                ) : (
                  <span className="app-secondary-text">Not given</span>
                ),
            },
          ]}
        />
      )}
      <Pagination
        page={result.page}
        totalPages={totalPages}
        hrefFor={hrefFor}
        label="Pages of organisations"
      />
    </PageLayout>
  );
}
