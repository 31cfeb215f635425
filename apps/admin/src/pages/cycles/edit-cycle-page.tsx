import { type SchemaCycleDto, type SchemaUpdateCycleDto, unwrap } from '@pies/api-client';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { canManagePartnership } from '../../auth/access';
import { useMe } from '../../auth/session';
import {
  BackLink,
  Button,
  ButtonGroup,
  ErrorSummary,
  Loading,
  PageLayout,
  partsOf,
  typedDate,
} from '../../components';
import { useApiForm } from '../../forms/use-api-form';
import { ApiErrorPage, ForbiddenPage } from '../error-pages';
import { withFlash } from '../flash';
import { type CycleDates, cycleFields, CycleFields, nameTaken } from './cycle-form';

function EditCycleForm({ cycle }: { cycle: SchemaCycleDto }) {
  const navigate = useNavigate();
  const [name, setName] = useState(cycle.name);
  const [dates, setDates] = useState<CycleDates>({
    opensOn: partsOf(cycle.opensOn),
    dueOn: partsOf(cycle.dueOn),
    dueTouched: true, // an existing due date stays put when the opening date changes
  });
  const form = useApiForm(cycleFields(dates), { explain: nameTaken });
  const cyclePath = `/cycles/${cycle.id}`;

  return (
    <PageLayout
      title={`Change the ${cycle.name} cycle`}
      hasError={form.hasErrors}
      backLink={<BackLink to={cyclePath}>Audit cycle {cycle.name}</BackLink>}
    >
      <ErrorSummary errors={form.errors.summary} />
      <span className="govuk-caption-l">Audit cycle {cycle.name}</span>
      <h1 className="govuk-heading-l">Change the cycle's name and dates</h1>
      <form
        noValidate
        onSubmit={(e) =>
          void form.submit(e, async () => {
            // Only what changed is sent; the API checks each field sent.
            const body: SchemaUpdateCycleDto = {};
            if (name !== cycle.name) body.name = name;
            if (typedDate(dates.opensOn) !== cycle.opensOn) body.opensOn = typedDate(dates.opensOn);
            if (typedDate(dates.dueOn) !== cycle.dueOn) body.dueOn = typedDate(dates.dueOn);
            if (Object.keys(body).length === 0) return void navigate(cyclePath); // nothing changed
            const updated = await unwrap(
              api.PATCH('/api/cycles/{cycleId}', {
                params: { path: { cycleId: cycle.id } },
                body,
              }),
            );
            navigate(
              cyclePath,
              withFlash({ heading: `The ${updated.name} cycle has been changed` }),
            );
          })
        }
      >
        <CycleFields
          name={name}
          onName={setName}
          dates={dates}
          onDates={setDates}
          error={form.error}
        />
        <ButtonGroup>
          <Button>Save changes</Button>
          <Link className="govuk-link" to={cyclePath}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </PageLayout>
  );
}

/** Change a cycle's name, opening date and due date. */
export function EditCyclePage() {
  const { cycleId = '' } = useParams();
  const me = useMe();
  const cycle = useApiData(`cycle:${cycleId}`, () =>
    unwrap(api.GET('/api/cycles/{cycleId}', { params: { path: { cycleId } } })),
  );
  if (cycle.error) return <ApiErrorPage error={cycle.error} />;
  if (!cycle.data) return <Loading title="Change the cycle" />;
  if (!canManagePartnership(me, cycle.data.partnershipId)) return <ForbiddenPage />;
  return <EditCycleForm key={cycle.data.id} cycle={cycle.data} />;
}
