import { type SchemaFrameworkSummaryDto, unwrap } from '@pies/api-client';
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
  isBlank,
  Loading,
  NO_DATE,
  PageLayout,
  Select,
  type SelectOption,
  typedDate,
} from '../../components';
import { useApiForm } from '../../forms/use-api-form';
import { ApiErrorPage, ForbiddenPage } from '../error-pages';
import { withFlash } from '../flash';
import { formatDate } from '../format';
import { type CycleDates, cycleFields, CycleFields, nameTaken } from './cycle-form';

function versionOptions(frameworks: SchemaFrameworkSummaryDto[]): SelectOption[] {
  return frameworks.flatMap((f) =>
    f.versions.map((v, i) => ({
      value: v.id,
      label: `${v.title}, version ${v.version}${i === 0 ? ' (newest)' : ''} – ${v.indicatorCount} indicators, imported ${formatDate(v.importedAt)}`,
    })),
  );
}

/** Create a cycle: a draft until it is opened from its page. */
export function NewCyclePage() {
  const { partnershipId = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [versionId, setVersionId] = useState<string>();
  const [dates, setDates] = useState<CycleDates>({
    opensOn: NO_DATE,
    dueOn: NO_DATE,
    dueTouched: false,
  });
  const fields = cycleFields(dates, {
    frameworkVersionId: {
      id: 'frameworkVersionId',
      label: 'Framework version',
      message: () => 'Select the framework version the audits answer',
    },
  });
  const form = useApiForm(fields, { explain: nameTaken });
  const partnership = useApiData(`partnership:${partnershipId}`, () =>
    unwrap(api.GET('/api/partnerships/{partnershipId}', { params: { path: { partnershipId } } })),
  );
  const frameworks = useApiData('frameworks', () => unwrap(api.GET('/api/frameworks')));

  if (!canManagePartnership(me, partnershipId)) return <ForbiddenPage />;
  const error = partnership.error ?? frameworks.error;
  if (error) return <ApiErrorPage error={error} />;
  if (!partnership.data || !frameworks.data) return <Loading title="Create an audit cycle" />;
  const listPath = `/partnerships/${partnershipId}/cycles`;
  const options = versionOptions(frameworks.data);
  // One framework: its newest version is the usual choice.
  const chosen = versionId ?? (frameworks.data.length === 1 ? (options[0]?.value ?? '') : '');

  return (
    <PageLayout
      title="Create an audit cycle"
      hasError={form.hasErrors}
      backLink={<BackLink to={listPath}>Audit cycles</BackLink>}
    >
      <ErrorSummary errors={form.errors.summary} />
      <span className="govuk-caption-l">{partnership.data.name}</span>
      <h1 className="govuk-heading-l">Create an audit cycle</h1>
      <p className="govuk-body">
        The cycle is a draft until you schedule it (it opens by itself on its opening date) or open
        it. Opening it gives every member organisation an audit to complete.
      </p>
      <form
        noValidate
        onSubmit={(e) =>
          void form.submit(e, async () => {
            // The API checks every field: one left blank comes back as that field's error.
            const created = await unwrap(
              api.POST('/api/partnerships/{partnershipId}/cycles', {
                params: { path: { partnershipId } },
                body: {
                  name,
                  frameworkVersionId: chosen,
                  opensOn: typedDate(dates.opensOn),
                  ...(isBlank(dates.dueOn) ? {} : { dueOn: typedDate(dates.dueOn) }),
                  status: 'draft',
                },
              }),
            );
            navigate(
              `/cycles/${created.id}`,
              withFlash({ heading: `The ${created.name} cycle has been created as a draft` }),
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
          between={
            options.length === 0 ? (
              <div className="govuk-inset-text">
                No audit framework has been imported yet.{' '}
                <Link className="govuk-link" to="/frameworks/upload">
                  Import a framework version
                </Link>{' '}
                before you create a cycle.
              </div>
            ) : (
              <Select
                id="frameworkVersionId"
                label="Framework version"
                labelClassName="govuk-label--s"
                hint={
                  <>
                    The questions every audit in the cycle answers.{' '}
                    <Link className="govuk-link" to="/frameworks">
                      See the frameworks
                    </Link>
                  </>
                }
                className="govuk-!-width-full"
                options={[{ value: '', label: 'Choose a framework version' }, ...options]}
                value={chosen}
                onChange={setVersionId}
                error={form.error('frameworkVersionId')}
              />
            )
          }
        />
        <ButtonGroup>
          <Button>Create cycle</Button>
          <Link className="govuk-link" to={listPath}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </PageLayout>
  );
}
