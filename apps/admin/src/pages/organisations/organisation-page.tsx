import { ADMIN_ROLES, holdsAny, ORGANISATION_ROLES, ROLE_LABELS } from '@pies/domain';
import { unwrap } from '@pies/api-client';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { rolesOverOrganisation } from '../../auth/access';
import { useMe } from '../../auth/session';
import {
  BackLink,
  ButtonLink,
  Loading,
  PageLayout,
  SummaryList,
  Table,
  Tag,
} from '../../components';
import { OrganisationAudits } from '../audits/organisation-audits';
import { ApiErrorPage } from '../error-pages';
import { FlashBanner } from '../flash';
import { formatCount } from '../format';
import { sectorLabel } from './sectors';

export function OrganisationPage() {
  const { organisationId = '' } = useParams();
  const me = useMe();
  const organisation = useApiData(`organisation:${organisationId}`, () =>
    unwrap(
      api.GET('/api/organisations/{organisationId}', { params: { path: { organisationId } } }),
    ),
  );
  const org = organisation.data;
  const roles = org ? rolesOverOrganisation(me, org) : new Set<string>();
  const isAdmin = holdsAny(roles, ADMIN_ROLES);
  const canSeeMembers = isAdmin || holdsAny(roles, ORGANISATION_ROLES);
  const canAddMembers = isAdmin || roles.has('agency_lead');
  const members = useApiData(`members:${organisationId}:${canSeeMembers}`, () =>
    canSeeMembers
      ? unwrap(
          api.GET('/api/organisations/{organisationId}/members', {
            params: { path: { organisationId } },
          }),
        )
      : Promise.resolve(null),
  );
  const partnerships = useApiData('partnerships', () => unwrap(api.GET('/api/partnerships')));

  if (organisation.error) return <ApiErrorPage error={organisation.error} />;
  if (!org) return <Loading title="Organisation" />;

  const partnershipNames = org.partnershipIds.map(
    (id) => partnerships.data?.find((p) => p.id === id)?.name,
  );
  const adminOf = me.memberships.find(
    (m) =>
      m.role !== 'platform_admin' &&
      m.partnershipId &&
      org.partnershipIds.includes(m.partnershipId),
  );
  const back = adminOf?.partnershipId ? (
    <BackLink to={`/partnerships/${adminOf.partnershipId}/organisations`}>Organisations</BackLink>
  ) : undefined;
  const change = (field: string) =>
    isAdmin
      ? [{ to: `/organisations/${org.id}/edit`, text: 'Change', visuallyHiddenText: field }]
      : undefined;

  return (
    <PageLayout title={org.name} width="full" backLink={back}>
      <FlashBanner />
      <span className="govuk-caption-l">{sectorLabel(org.sector)}</span>
      <h1 className="govuk-heading-l">{org.name}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <h2 className="govuk-heading-m">Organisation details</h2>
          <SummaryList
            rows={[
              { key: 'Name', value: org.name, actions: change('name') },
              { key: 'Sector', value: sectorLabel(org.sector), actions: change('sector') },
              {
                key: 'Contact email',
                value: org.contactEmail ? (
                  <span className="app-break-words">{org.contactEmail}</span>
                ) : (
                  'Not given'
                ),
                actions: change('contact email'),
              },
              {
                key: org.partnershipIds.length === 1 ? 'Partnership' : 'Partnerships',
                value:
                  partnershipNames.filter(Boolean).length > 0 ? (
                    <ul className="govuk-list">
                      {partnershipNames.map(
                        (name, i) => name && <li key={org.partnershipIds[i]}>{name}</li>,
                      )}
                    </ul>
                  ) : (
                    formatCount(org.partnershipIds.length, 'partnership')
                  ),
              },
            ]}
          />
        </div>
      </div>

      <OrganisationAudits
        organisationId={org.id}
        organisationName={org.name}
        member={holdsAny(roles, ORGANISATION_ROLES)}
      />

      {canSeeMembers && (
        <>
          <div className="app-heading-with-action app-heading-with-action--m">
            <h2 className="govuk-heading-m">People</h2>
            {canAddMembers && (
              <ButtonLink to={`/organisations/${org.id}/members/new`} variant="secondary">
                {isAdmin ? 'Add a person' : 'Add a contributor'}
              </ButtonLink>
            )}
          </div>
          {members.error ? (
            <p className="govuk-body">
              The people of this organisation could not be loaded. Try again later.
            </p>
          ) : !members.data ? (
            <p className="govuk-body app-loading" role="status">
              Loading…
            </p>
          ) : members.data.length === 0 ? (
            <p className="govuk-body">No one has a role in this organisation yet.</p>
          ) : (
            <Table
              caption={`People with a role in ${org.name}`}
              captionHidden
              rows={members.data}
              rowKey={(u) => u.id}
              columns={[
                {
                  key: 'name',
                  header: 'Name',
                  cell: (u) => (
                    <>
                      {u.name}
                      <span className="app-cell-secondary app-break-words">{u.email}</span>
                    </>
                  ),
                },
                {
                  key: 'role',
                  header: 'Role',
                  cell: (u) => (
                    <ul className="govuk-list app-tag-list">
                      {u.memberships.map((m) => (
                        <li key={m.id}>
                          <Tag colour={m.role === 'agency_lead' ? 'blue' : 'grey'}>
                            {ROLE_LABELS[m.role]}
                          </Tag>
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]}
            />
          )}
        </>
      )}
    </PageLayout>
  );
}
