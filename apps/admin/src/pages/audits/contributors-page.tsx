import { type SchemaAssignmentInput, unwrap } from '@pies/api-client';
import { ROLE_LABELS } from '@pies/domain';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { useMe } from '../../auth/session';
import { BackLink } from '../../components/back-link';
import { Button, ButtonGroup } from '../../components/button';
import { Checkboxes } from '../../components/choices';
import { Details } from '../../components/details';
import { ErrorSummary } from '../../components/error-summary';
import { Loading, PageLayout } from '../../components/page-layout';
import { Select } from '../../components/select';
import { Table } from '../../components/table';
import { fieldErrors, useApiForm } from '../../forms/use-api-form';
import { ApiErrorPage, ForbiddenPage } from '../error-pages';
import { FlashBanner, withFlash } from '../flash';
import { agencyRole, isReadOnlyStatus, loadAudit } from './audit-data';
import { Tag } from '../../components/tag';
import { formatDate } from '../format';

const FIELDS = {
  userId: { id: 'person', label: 'Person', message: () => 'Select a member of your organisation' },
  areaCode: { id: 'areas', label: 'Areas' },
  indicatorCode: { id: 'areas', label: 'Indicators' },
};

/** The agency lead shares the audit out: whole PIES areas or single indicators, per person. */
export function ContributorsPage() {
  const { auditId = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const loaded = useApiData(`audit:${auditId}`, () => loadAudit(auditId));
  const assignments = useApiData(`assignments:${auditId}`, () =>
    unwrap(api.GET('/api/audits/{auditId}/assignments', { params: { path: { auditId } } })),
  );
  const organisationId = loaded.data?.audit.organisation.id ?? '';
  const members = useApiData(`members:${organisationId}`, () =>
    organisationId
      ? unwrap(
          api.GET('/api/organisations/{organisationId}/members', {
            params: { path: { organisationId } },
          }),
        )
      : Promise.resolve([]),
  );
  const [person, setPerson] = useState('');
  const [areas, setAreas] = useState<string[]>([]);
  const [indicators, setIndicators] = useState<string[]>([]);
  const form = useApiForm(FIELDS, {
    resolve: (field) => field.replace(/^assignments\.\d+\./, ''),
  });

  const error = loaded.error ?? assignments.error ?? members.error;
  if (error) return <ApiErrorPage error={error} />;
  if (!loaded.data || !assignments.data || !members.data || !organisationId)
    return <Loading title="Assign contributors" />;
  const { audit, framework } = loaded.data;
  if (agencyRole(me, audit.organisation.id) !== 'lead') return <ForbiddenPage />;
  const taskList = `/audits/${audit.id}`;
  const current = assignments.data;
  const people = members.data.filter((m) => m.id !== me.id);

  function choose(userId: string) {
    setPerson(userId);
    const theirs = current.filter((a) => a.userId === userId);
    setAreas(theirs.flatMap((a) => (a.areaCode ? [a.areaCode] : [])));
    setIndicators(theirs.flatMap((a) => (a.indicatorCode ? [a.indicatorCode] : [])));
  }

  const describe = (userId: string) => {
    const theirs = current.filter((a) => a.userId === userId);
    return theirs.map((a) =>
      a.areaCode
        ? `${a.areaCode}. ${framework.areas.find((x) => x.code === a.areaCode)?.title ?? ''}`
        : a.indicatorCode,
    );
  };
  const assigned = [...new Set(current.map((a) => a.userId))];
  const doneAt = (userId: string) => current.find((a) => a.userId === userId)?.partDoneAt ?? null;
  const name = (userId: string) =>
    current.find((a) => a.userId === userId)?.userName ??
    members.data!.find((m) => m.id === userId)?.name ??
    'Unknown';

  if (isReadOnlyStatus(audit.status))
    return (
      <PageLayout title="Assign contributors" backLink={<BackLink to={taskList} />}>
        <h1 className="govuk-heading-l">Assign contributors</h1>
        <p className="govuk-body">
          This audit has been {audit.status}: assignments no longer change.
        </p>
      </PageLayout>
    );

  return (
    <PageLayout
      title="Assign contributors"
      hasError={form.hasErrors}
      backLink={<BackLink to={taskList}>Back to the task list</BackLink>}
    >
      <ErrorSummary errors={form.errors.summary} />
      <FlashBanner />
      <span className="govuk-caption-l">
        {audit.organisation.name} · {audit.cycle.name} audit
      </span>
      <h1 className="govuk-heading-l">Assign contributors</h1>
      <p className="govuk-body">
        Contributors answer the indicators you assign to them, a whole PIES area or single
        indicators. You can answer and change any indicator yourself, and only you can submit.
      </p>
      {assigned.length === 0 ? (
        <p className="govuk-body">Nothing is assigned yet.</p>
      ) : (
        <Table
          caption="Who answers what"
          rows={assigned}
          rowKey={(id) => id}
          columns={[
            { key: 'name', header: 'Person', cell: (id) => name(id) },
            {
              key: 'what',
              header: 'Assigned',
              cell: (id) => (
                <ul className="govuk-list">
                  {describe(id).map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              ),
            },
            {
              key: 'done',
              header: t('myPartDone.column'),
              cell: (id) => {
                const at = doneAt(id);
                return at ? (
                  <>
                    <Tag colour="green">{t('myPartDone.done')}</Tag>{' '}
                    <span className="govuk-body-s">
                      {t('myPartDone.doneOn', { date: formatDate(at) })}
                    </span>
                  </>
                ) : (
                  <Tag colour="grey">{t('myPartDone.notYet')}</Tag>
                );
              },
            },
          ]}
        />
      )}
      {people.length === 0 ? (
        <p className="govuk-body">
          No one else has a role in {audit.organisation.name} yet.{' '}
          <Link className="govuk-link" to={`/organisations/${audit.organisation.id}/members/new`}>
            Add a contributor
          </Link>
          .
        </p>
      ) : (
        <form
          noValidate
          onSubmit={(e) =>
            void form.submit(e, async () => {
              if (!person) return fieldErrors([['person', 'Select a person']]);
              const others: SchemaAssignmentInput[] = current
                .filter((a) => a.userId !== person)
                .map((a) =>
                  a.areaCode
                    ? { userId: a.userId, areaCode: a.areaCode }
                    : { userId: a.userId, indicatorCode: a.indicatorCode! },
                );
              const chosen: SchemaAssignmentInput[] = [
                ...areas.map((areaCode) => ({ userId: person, areaCode })),
                ...indicators
                  .filter((c) => !areas.some((a) => c.startsWith(a)))
                  .map((indicatorCode) => ({ userId: person, indicatorCode })),
              ];
              await unwrap(
                api.PUT('/api/audits/{auditId}/assignments', {
                  params: { path: { auditId } },
                  body: { assignments: [...others, ...chosen] },
                }),
              );
              assignments.reload();
              setPerson('');
              setAreas([]);
              setIndicators([]);
              void navigate(`/audits/${auditId}/contributors`, {
                replace: true,
                ...withFlash({
                  heading:
                    chosen.length > 0
                      ? `${name(person)}'s assignments have been saved`
                      : `${name(person)} no longer has anything assigned`,
                  link: { to: taskList, text: 'Back to the task list' },
                }),
              });
            })
          }
        >
          <h2 className="govuk-heading-m">Change what someone answers</h2>
          <Select
            id="person"
            label="Person"
            value={person}
            onChange={choose}
            error={form.error('person')}
            options={[
              { value: '', label: 'Choose a person' },
              ...people.map((m) => ({
                value: m.id,
                label: `${m.name} (${m.memberships.map((x) => ROLE_LABELS[x.role]).join(', ')})`,
              })),
            ]}
          />
          <Checkboxes
            name="areas"
            legend="Whole areas"
            legendSize="s"
            hint="Select all that apply. They can answer every indicator in the area."
            values={areas}
            onChange={setAreas}
            error={form.error('areas')}
            items={framework.areas.map((a) => ({ value: a.code, label: `${a.code}. ${a.title}` }))}
          />
          <Details summary="Or choose single indicators">
            {framework.areas
              .filter((a) => !areas.includes(a.code))
              .map((a) => (
                <Checkboxes
                  key={a.code}
                  name={`indicators-${a.code}`}
                  legend={`${a.code}. ${a.title}`}
                  legendSize="s"
                  small
                  values={indicators}
                  onChange={setIndicators}
                  items={a.standards.flatMap((s) =>
                    s.indicators.map((i) => ({ value: i.code, label: `${i.code} ${i.statement}` })),
                  )}
                />
              ))}
          </Details>
          <ButtonGroup>
            <Button disabled={form.busy}>Save assignments</Button>
            <Link className="govuk-link" to={taskList}>
              Cancel
            </Link>
          </ButtonGroup>
        </form>
      )}
    </PageLayout>
  );
}
