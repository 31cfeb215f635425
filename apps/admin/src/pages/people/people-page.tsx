import { unwrap } from '@pies/api-client';
import { ROLE_LABELS } from '@pies/domain';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { canManagePartnership } from '../../auth/access';
import { useMe } from '../../auth/session';
import { ButtonLink, Loading, PageLayout, Table, Tag, TextInput } from '../../components';
import { ApiErrorPage, ForbiddenPage } from '../error-pages';
import { FlashBanner } from '../flash';
import { formatCount, formatDate } from '../format';
import { PendingInvitations } from './pending-invitations';

export function PeoplePage() {
  const { partnershipId = '' } = useParams();
  const me = useMe();
  const [filter, setFilter] = useState('');
  const partnership = useApiData(`partnership:${partnershipId}`, () =>
    unwrap(api.GET('/api/partnerships/{partnershipId}', { params: { path: { partnershipId } } })),
  );
  const people = useApiData(`people:${partnershipId}`, () =>
    unwrap(
      api.GET('/api/partnerships/{partnershipId}/users', { params: { path: { partnershipId } } }),
    ),
  );
  if (!canManagePartnership(me, partnershipId)) return <ForbiddenPage />;
  const error = partnership.error ?? people.error;
  if (error) return <ApiErrorPage error={error} />;
  if (!partnership.data || !people.data) return <Loading title="People and roles" />;

  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? people.data.filter(
        (u) =>
          u.name.toLowerCase().includes(needle) ||
          u.email.toLowerCase().includes(needle) ||
          u.memberships.some((m) => m.organisationName?.toLowerCase().includes(needle)),
      )
    : people.data;

  return (
    <PageLayout title="People and roles" width="full">
      <FlashBanner />
      <div className="app-heading-with-action">
        <div>
          <span className="govuk-caption-l">{partnership.data.name}</span>
          <h1 className="govuk-heading-l">People and roles</h1>
        </div>
        <ButtonLink to={`/partnerships/${partnershipId}/people/new`}>Add a person</ButtonLink>
      </div>
      <div className="app-filters app-filters--single">
        <div className="app-filters__field app-filters__field--grow">
          <TextInput
            id="filter"
            label="Filter by name, email or organisation"
            labelClassName="govuk-label--s"
            type="search"
            value={filter}
            onChange={setFilter}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      </div>
      <p className="govuk-body app-result-count" role="status" aria-live="polite">
        {needle
          ? `${formatCount(shown.length, 'person', 'people')} of ${people.data.length.toLocaleString('en-GB')} match`
          : formatCount(people.data.length, 'person', 'people')}
      </p>
      {shown.length > 0 && (
        <Table
          caption={`People with a role in ${partnership.data.name}`}
          captionHidden
          rows={shown}
          rowKey={(u) => u.id}
          columns={[
            {
              key: 'name',
              header: 'Name',
              cell: (u) => (
                <>
                  <Link className="govuk-link" to={`/partnerships/${partnershipId}/people/${u.id}`}>
                    {u.name}
                  </Link>
                  <span className="app-cell-secondary app-break-words">{u.email}</span>
                  {u.deactivatedAt && <Tag colour="red">{t('people.list.deactivated')}</Tag>}
                </>
              ),
            },
            {
              key: 'lastSignIn',
              header: t('people.list.lastSignIn'),
              cell: (u) => (u.lastSignInAt ? formatDate(u.lastSignInAt) : t('people.list.never')),
            },
            {
              key: 'roles',
              header: 'Roles',
              cell: (u) => (
                <ul className="govuk-list app-role-list">
                  {u.memberships.map((m) => (
                    <li key={m.id}>
                      <Tag
                        colour={
                          m.organisationId
                            ? 'grey'
                            : m.role === 'partnership_admin'
                              ? 'purple'
                              : 'blue'
                        }
                      >
                        {ROLE_LABELS[m.role]}
                      </Tag>
                      {m.organisationId && (
                        <>
                          {' '}
                          <Link className="govuk-link" to={`/organisations/${m.organisationId}`}>
                            {m.organisationName ?? 'Organisation'}
                          </Link>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
      <PendingInvitations partnershipId={partnershipId} />
    </PageLayout>
  );
}
