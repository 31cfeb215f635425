import { type SchemaCreateOrganisationDto, unwrap } from '@pies/api-client';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { canManagePartnership } from '../../auth/access';
import { useMe } from '../../auth/session';
import { BackLink, ErrorSummary, Loading, PageLayout } from '../../components';
import { fieldErrors, useApiForm } from '../../forms/use-api-form';
import { ApiErrorPage, ForbiddenPage } from '../error-pages';
import { withFlash } from '../flash';
import {
  ORGANISATION_FIELDS,
  OrganisationForm,
  type OrganisationValues,
} from './organisation-form';

export function NewOrganisationPage() {
  const { partnershipId = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const [values, setValues] = useState<OrganisationValues>({
    name: '',
    sector: '',
    contactEmail: '',
  });
  const form = useApiForm(ORGANISATION_FIELDS, {
    explain: (e) =>
      e.code === 'ALREADY_EXISTS'
        ? fieldErrors([
            ['name', 'An organisation with this name already exists in the partnership'],
          ])
        : undefined,
  });
  const partnership = useApiData(`partnership:${partnershipId}`, () =>
    unwrap(api.GET('/api/partnerships/{partnershipId}', { params: { path: { partnershipId } } })),
  );
  if (!canManagePartnership(me, partnershipId)) return <ForbiddenPage />;
  if (partnership.error) return <ApiErrorPage error={partnership.error} />;
  if (!partnership.data) return <Loading title="Add an organisation" />;
  const listPath = `/partnerships/${partnershipId}/organisations`;

  return (
    <PageLayout
      title="Add an organisation"
      hasError={form.hasErrors}
      backLink={<BackLink to={listPath} />}
    >
      <ErrorSummary errors={form.errors.summary} />
      <span className="govuk-caption-l">{partnership.data.name}</span>
      <h1 className="govuk-heading-l">Add an organisation</h1>
      <OrganisationForm
        values={values}
        onChange={setValues}
        error={form.error}
        submitText="Add organisation"
        cancelTo={listPath}
        onSubmit={(e) =>
          void form.submit(e, async () => {
            const created = await unwrap(
              api.POST('/api/partnerships/{partnershipId}/organisations', {
                params: { path: { partnershipId } },
                // The API checks every field: one left blank comes back as that field's error.
                body: {
                  name: values.name,
                  sector: values.sector,
                  ...(values.contactEmail.trim()
                    ? { contactEmail: values.contactEmail.trim() }
                    : {}),
                } as SchemaCreateOrganisationDto,
              }),
            );
            navigate(
              listPath,
              withFlash({
                heading: `${created.name} has been added`,
                link: { to: `/organisations/${created.id}`, text: `Go to ${created.name}` },
              }),
            );
          })
        }
      />
    </PageLayout>
  );
}
