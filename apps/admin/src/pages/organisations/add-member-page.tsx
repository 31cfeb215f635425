import { type SchemaAddMemberDto, unwrap } from '@pies/api-client';
import { ADMIN_ROLES, holdsAny, ROLE_LABELS } from '@pies/domain';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { rolesOverOrganisation } from '../../auth/access';
import { useMe } from '../../auth/session';
import {
  BackLink,
  Button,
  ButtonGroup,
  ErrorSummary,
  Loading,
  PageLayout,
  Radios,
  TextInput,
} from '../../components';
import { useApiForm } from '../../forms/use-api-form';
import { ApiErrorPage, ForbiddenPage } from '../error-pages';
import { withFlash } from '../flash';

const FIELDS = {
  name: { id: 'name', label: 'Full name' },
  email: { id: 'email', label: 'Email address' },
  role: { id: 'role', label: 'Role', message: () => 'Select the role' },
};

export function AddMemberPage() {
  const { organisationId = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('');
  const form = useApiForm(FIELDS);
  const { data: org, error } = useApiData(`organisation:${organisationId}`, () =>
    unwrap(
      api.GET('/api/organisations/{organisationId}', { params: { path: { organisationId } } }),
    ),
  );
  if (error) return <ApiErrorPage error={error} />;
  if (!org) return <Loading title="Add a person" />;
  const roles = rolesOverOrganisation(me, org);
  const isAdmin = holdsAny(roles, ADMIN_ROLES);
  if (!isAdmin && !roles.has('agency_lead')) return <ForbiddenPage />;
  const orgPath = `/organisations/${org.id}`;
  // An agency lead adds contributors; the partnership's admins also add leads.
  const chosenRole = isAdmin ? role : 'agency_contributor';
  const title = isAdmin ? 'Add a person' : 'Add a contributor';

  return (
    <PageLayout title={title} hasError={form.hasErrors} backLink={<BackLink to={orgPath} />}>
      <ErrorSummary errors={form.errors.summary} />
      <span className="govuk-caption-l">{org.name}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      {!isAdmin && (
        <p className="govuk-body">
          Contributors answer the indicators you assign to them. They cannot submit the audit.
        </p>
      )}
      <form
        noValidate
        onSubmit={(e) =>
          void form.submit(e, async () => {
            const added = await unwrap(
              api.POST('/api/organisations/{organisationId}/members', {
                params: { path: { organisationId: org.id } },
                body: { name, email: email.trim(), role: chosenRole } as SchemaAddMemberDto,
              }),
            );
            const held = added.memberships.find((m) => m.organisationId === org.id)?.role;
            navigate(
              orgPath,
              withFlash({
                heading: `The ${held ? `${ROLE_LABELS[held].toLowerCase()} ` : ''}role has been given to ${added.email}. ${t('people.addedNote')}`,
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
          hint="They sign in with this"
          type="email"
          value={email}
          onChange={setEmail}
          error={form.error('email')}
          autoComplete="off"
          spellCheck={false}
        />
        {isAdmin && (
          <Radios
            name="role"
            legend="Role"
            legendSize="m"
            value={role}
            onChange={setRole}
            error={form.error('role')}
            items={[
              {
                value: 'agency_lead',
                label: ROLE_LABELS.agency_lead,
                hint: "Completes and submits the organisation's audit; adds contributors.",
              },
              {
                value: 'agency_contributor',
                label: ROLE_LABELS.agency_contributor,
                hint: 'Answers the indicators assigned to them; cannot submit.',
              },
            ]}
          />
        )}
        <p className="govuk-body">{t('people.mailNote')}</p>
        <ButtonGroup>
          <Button>{isAdmin ? 'Add person' : 'Add contributor'}</Button>
          <Link className="govuk-link" to={orgPath}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </PageLayout>
  );
}
