import {
  type SchemaCreatePartnershipUserDto,
  type SchemaMembershipInput,
  unwrap,
} from '@pies/api-client';
import { ROLE_LABELS } from '@pies/domain';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { canManagePartnership } from '../../auth/access';
import { useMe } from '../../auth/session';
import {
  BackLink,
  Button,
  ButtonGroup,
  Checkboxes,
  ErrorSummary,
  Loading,
  PageLayout,
  Select,
  TextInput,
} from '../../components';
import { fieldErrors, useApiForm } from '../../forms/use-api-form';
import { ApiErrorPage, ForbiddenPage } from '../error-pages';
import { withFlash } from '../flash';

type AssignableRole = SchemaMembershipInput['role'];
const ROLE_ORDER: AssignableRole[] = [
  'partnership_admin',
  'board_member',
  'agency_lead',
  'agency_contributor',
];
const ROLE_HINTS: Record<AssignableRole, string> = {
  partnership_admin: 'Manages organisations, people and audit cycles for the partnership.',
  board_member: 'Reads submitted audits and dashboards, raises challenges, accepts audits.',
  agency_lead: "Completes and submits an organisation's audit; adds contributors.",
  agency_contributor: 'Answers the indicators assigned to them; cannot submit.',
};
const isAgencyRole = (r: AssignableRole) => r === 'agency_lead' || r === 'agency_contributor';

const FIELDS = {
  name: { id: 'name', label: 'Full name' },
  email: { id: 'email', label: 'Email address' },
  roles: { id: 'roles', label: 'Roles', message: () => 'Select at least one role' },
  'org-agency_lead': {
    id: 'org-agency_lead',
    label: 'Organisation',
    message: () => 'Select the organisation they lead the audit for',
  },
  'org-agency_contributor': {
    id: 'org-agency_contributor',
    label: 'Organisation',
    message: () => 'Select the organisation they contribute to',
  },
};

/** Every organisation of the partnership, by name, for choosing one (pages of 500). */
async function allOrganisations(partnershipId: string) {
  const all: { id: string; name: string }[] = [];
  for (let page = 1; ; page++) {
    const result = await unwrap(
      api.GET('/api/partnerships/{partnershipId}/organisations', {
        params: { path: { partnershipId }, query: { page, pageSize: 500 } },
      }),
    );
    all.push(...result.items.map(({ id, name }) => ({ id, name })));
    if (page * result.pageSize >= result.total || result.items.length === 0) return all;
  }
}

export function NewPersonPage() {
  const { partnershipId = '' } = useParams();
  const [params] = useSearchParams();
  const me = useMe();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const preselected = params.get('organisation') ?? '';
  const [orgFor, setOrgFor] = useState<Record<string, string>>({
    agency_lead: preselected,
    agency_contributor: preselected,
  });

  const chosen = ROLE_ORDER.filter((r) => roles.includes(r));
  const form = useApiForm(FIELDS, {
    // memberships.N.* refers to the N-th chosen role.
    resolve: (field) => {
      const m = /^memberships\.(\d+)\.organisationId$/.exec(field);
      if (m) return `org-${chosen[Number(m[1])]}`;
      if (field === 'memberships' || field.startsWith('memberships.')) return 'roles';
      return field;
    },
  });
  const partnership = useApiData(`partnership:${partnershipId}`, () =>
    unwrap(api.GET('/api/partnerships/{partnershipId}', { params: { path: { partnershipId } } })),
  );
  const organisations = useApiData(`all-orgs:${partnershipId}`, () =>
    allOrganisations(partnershipId),
  );

  if (!canManagePartnership(me, partnershipId)) return <ForbiddenPage />;
  const error = partnership.error ?? organisations.error;
  if (error) return <ApiErrorPage error={error} />;
  if (!partnership.data || !organisations.data) return <Loading title="Add a person" />;
  const peoplePath = `/partnerships/${partnershipId}/people`;
  const orgOptions = [
    { value: '', label: 'Choose an organisation' },
    ...organisations.data.map((o) => ({ value: o.id, label: o.name })),
  ];

  const orgSelect = (role: 'agency_lead' | 'agency_contributor') => (
    <Select
      id={`org-${role}`}
      label="Organisation"
      options={orgOptions}
      value={orgFor[role] ?? ''}
      onChange={(v) => setOrgFor({ ...orgFor, [role]: v })}
      error={form.error(`org-${role}`)}
    />
  );

  return (
    <PageLayout
      title="Add a person"
      hasError={form.hasErrors}
      backLink={<BackLink to={peoplePath} />}
    >
      <ErrorSummary errors={form.errors.summary} />
      <span className="govuk-caption-l">{partnership.data.name}</span>
      <h1 className="govuk-heading-l">Add a person</h1>
      <form
        noValidate
        onSubmit={(e) =>
          void form.submit(e, async () => {
            if (chosen.length === 0) {
              return fieldErrors([
                ...(name.trim() ? [] : ([['name', 'Enter their full name']] as [string, string][])),
                ['roles', 'Select at least one role'],
              ]);
            }
            const memberships = chosen.map((role) =>
              isAgencyRole(role) ? { role, organisationId: orgFor[role] || undefined } : { role },
            );
            const added = await unwrap(
              api.POST('/api/partnerships/{partnershipId}/users', {
                params: { path: { partnershipId } },
                body: { name, email: email.trim(), memberships } as SchemaCreatePartnershipUserDto,
              }),
            );
            navigate(
              peoplePath,
              withFlash({
                heading: t('people.added', { email: added.email }),
              }),
            );
          })
        }
      >
        <TextInput
          id="name"
          label="Full name"
          value={name}
          onChange={setName}
          error={form.error('name')}
          autoComplete="off"
          spellCheck={false}
        />
        <TextInput
          id="email"
          label="Email address"
          hint={t('people.emailHint')}
          type="email"
          value={email}
          onChange={setEmail}
          error={form.error('email')}
          autoComplete="off"
          spellCheck={false}
        />
        <Checkboxes
          name="roles"
          legend="Roles"
          legendSize="m"
          hint="Select all that apply"
          values={roles}
          onChange={setRoles}
          error={form.error('roles')}
          items={ROLE_ORDER.map((role) => ({
            value: role,
            label: ROLE_LABELS[role],
            hint: ROLE_HINTS[role],
            conditional: isAgencyRole(role)
              ? orgSelect(role as 'agency_lead' | 'agency_contributor')
              : undefined,
          }))}
        />
        <p className="govuk-body">{t('people.mailNote')}</p>
        <ButtonGroup>
          <Button>Add person</Button>
          <Link className="govuk-link" to={peoplePath}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </PageLayout>
  );
}
