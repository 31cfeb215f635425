import { unwrap } from '@pies/api-client';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { isPlatformAdmin } from '../../auth/access';
import { useMe } from '../../auth/session';
import {
  BackLink,
  Button,
  ButtonGroup,
  ErrorSummary,
  PageLayout,
  TextInput,
} from '../../components';
import { fieldErrors, useApiForm } from '../../forms/use-api-form';
import { ForbiddenPage } from '../error-pages';
import { withFlash } from '../flash';
import { Link } from 'react-router';

const FIELDS = {
  name: { id: 'name', label: 'Partnership name' },
  area: { id: 'area', label: 'Area' },
};

export function NewPartnershipPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [area, setArea] = useState('');
  const form = useApiForm(FIELDS, {
    explain: (e) =>
      e.code === 'ALREADY_EXISTS'
        ? fieldErrors([['name', 'A partnership with this name already exists']])
        : undefined,
  });
  if (!isPlatformAdmin(me)) return <ForbiddenPage />;
  return (
    <PageLayout
      title="Create a partnership"
      hasError={form.hasErrors}
      backLink={<BackLink to="/partnerships" />}
    >
      <ErrorSummary errors={form.errors.summary} />
      <h1 className="govuk-heading-l">Create a partnership</h1>
      <form
        noValidate
        onSubmit={(e) =>
          void form.submit(e, async () => {
            if (!name.trim()) return fieldErrors([['name', 'Enter the partnership name']]);
            const created = await unwrap(
              api.POST('/api/partnerships', {
                body: { name: name.trim(), ...(area.trim() ? { area: area.trim() } : {}) },
              }),
            );
            navigate(
              `/partnerships/${created.id}`,
              withFlash({ heading: `${created.name} has been created` }),
            );
          })
        }
      >
        <TextInput
          id="name"
          label="Partnership name"
          hint="For example, Riverside Safeguarding Children Partnership"
          value={name}
          onChange={setName}
          error={form.error('name')}
          autoComplete="off"
        />
        <TextInput
          id="area"
          label="Area (optional)"
          hint="The local authority areas the partnership covers"
          value={area}
          onChange={setArea}
          error={form.error('area')}
          autoComplete="off"
        />
        <ButtonGroup>
          <Button>Create partnership</Button>
          <Link className="govuk-link" to="/partnerships">
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </PageLayout>
  );
}
