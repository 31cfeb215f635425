import { unwrap } from '@pies/api-client';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { isPlatformAdmin } from '../../auth/access';
import { useMe } from '../../auth/session';
import { ButtonLink, Loading, PageLayout, Table } from '../../components';
import { ApiErrorPage } from '../error-pages';
import { FlashBanner } from '../flash';
import { formatCount, formatDate } from '../format';

export function PartnershipsPage() {
  const me = useMe();
  const { data, error } = useApiData('partnerships', () => unwrap(api.GET('/api/partnerships')));
  if (error) return <ApiErrorPage error={error} />;
  if (!data) return <Loading title="Partnerships" />;
  return (
    <PageLayout title="Partnerships" width="full">
      <FlashBanner />
      <div className="app-heading-with-action">
        <h1 className="govuk-heading-l">Partnerships</h1>
        {isPlatformAdmin(me) && (
          <ButtonLink to="/partnerships/new" variant="secondary">
            Create a partnership
          </ButtonLink>
        )}
      </div>
      {data.length === 0 ? (
        <p className="govuk-body">There are no partnerships yet.</p>
      ) : (
        <Table
          caption={`${formatCount(data.length, 'partnership')}`}
          captionHidden
          rows={data}
          rowKey={(p) => p.id}
          columns={[
            {
              key: 'name',
              header: 'Partnership',
              cell: (p) => (
                <Link className="govuk-link" to={`/partnerships/${p.id}`}>
                  {p.name}
                </Link>
              ),
            },
            { key: 'area', header: 'Area', cell: (p) => p.area ?? '' },
            {
              key: 'organisations',
              header: 'Organisations',
              numeric: true,
              cell: (p) => p.organisationCount.toLocaleString('en-GB'),
            },
            { key: 'created', header: 'Created', cell: (p) => formatDate(p.createdAt) },
          ]}
        />
      )}
    </PageLayout>
  );
}
