import { ADMIN_ROLES, holdsAny } from '@pies/domain';
import {
  type SchemaOrganisationDto,
  type SchemaUpdateOrganisationDto,
  unwrap,
} from '@pies/api-client';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { rolesOverOrganisation } from '../../auth/access';
import { useMe } from '../../auth/session';
import { BackLink, ErrorSummary, Loading, PageLayout } from '../../components';
import { useApiForm } from '../../forms/use-api-form';
import { ApiErrorPage, ForbiddenPage } from '../error-pages';
import { withFlash } from '../flash';
import {
  ORGANISATION_FIELDS,
  OrganisationForm,
  type OrganisationValues,
} from './organisation-form';

function EditForm({ org }: { org: SchemaOrganisationDto }) {
  const navigate = useNavigate();
  const [values, setValues] = useState<OrganisationValues>({
    name: org.name,
    sector: org.sector,
    contactEmail: org.contactEmail ?? '',
  });
  const form = useApiForm(ORGANISATION_FIELDS);
  const orgPath = `/organisations/${org.id}`;
  return (
    <PageLayout
      title={`Change ${org.name}`}
      hasError={form.hasErrors}
      backLink={<BackLink to={orgPath} />}
    >
      <ErrorSummary errors={form.errors.summary} />
      <span className="govuk-caption-l">{org.name}</span>
      <h1 className="govuk-heading-l">Change organisation details</h1>
      <OrganisationForm
        values={values}
        onChange={setValues}
        error={form.error}
        submitText="Save changes"
        cancelTo={orgPath}
        onSubmit={(e) =>
          void form.submit(e, async () => {
            // Send only what changed; an emptied contact email clears it (null).
            const email = values.contactEmail.trim();
            const body: Record<string, unknown> = {};
            if (values.name !== org.name) body.name = values.name;
            if (values.sector !== org.sector) body.sector = values.sector;
            if (email !== (org.contactEmail ?? '')) body.contactEmail = email || null;
            if (Object.keys(body).length > 0) {
              await unwrap(
                api.PATCH('/api/organisations/{organisationId}', {
                  params: { path: { organisationId: org.id } },
                  body: body as SchemaUpdateOrganisationDto,
                }),
              );
            }
            navigate(orgPath, withFlash({ heading: 'Your changes have been saved' }));
          })
        }
      />
    </PageLayout>
  );
}

export function EditOrganisationPage() {
  const { organisationId = '' } = useParams();
  const me = useMe();
  const { data, error } = useApiData(`organisation:${organisationId}`, () =>
    unwrap(
      api.GET('/api/organisations/{organisationId}', { params: { path: { organisationId } } }),
    ),
  );
  if (error) return <ApiErrorPage error={error} />;
  if (!data) return <Loading title="Change organisation details" />;
  const roles = rolesOverOrganisation(me, data);
  if (!holdsAny(roles, ADMIN_ROLES)) return <ForbiddenPage />;
  return <EditForm org={data} />;
}
