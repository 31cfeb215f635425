import { ApiError, unwrap } from '@pies/api-client';
import type { FrameworkDefinition } from '@pies/framework';
import { type FormEvent, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { BackLink, Button, Loading, PageLayout, Select } from '../../components';
import { ApiErrorPage, NotFoundPage } from '../error-pages';
import { formatCount } from '../format';
import { DiffResults } from './diff-results';
import { versionPath } from './framework-access';

function Pickers({
  versions,
  from,
  to,
  onApply,
}: {
  versions: string[];
  from: string;
  to: string;
  onApply: (from: string, to: string) => void;
}) {
  const [a, setA] = useState(from);
  const [b, setB] = useState(to);
  const options = versions.map((v, i) => ({
    value: v,
    label: `Version ${v}${i === 0 ? ' (newest)' : ''}`,
  }));
  const apply = (e: FormEvent) => {
    e.preventDefault();
    onApply(a, b);
  };
  return (
    <form className="app-filters" aria-label="Versions to compare" noValidate onSubmit={apply}>
      <div className="app-filters__field">
        <Select
          id="from"
          label="Compare version"
          labelClassName="govuk-label--s"
          options={options}
          value={a}
          onChange={setA}
        />
      </div>
      <div className="app-filters__field">
        <Select
          id="to"
          label="with version"
          labelClassName="govuk-label--s"
          options={options}
          value={b}
          onChange={setB}
        />
      </div>
      <div className="app-filters__actions">
        <Button variant="secondary">Compare</Button>
      </div>
    </form>
  );
}

const loadVersion = (frameworkId: string, version: string) =>
  unwrap(
    api.GET('/api/frameworks/{frameworkId}/versions/{version}', {
      params: { path: { frameworkId, version } },
    }),
  ).then((v) => v.definition as unknown as FrameworkDefinition);

/** Indicators added, removed and changed between two versions of a framework. */
export function FrameworkDiffPage() {
  const { frameworkId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const frameworks = useApiData('frameworks', () => unwrap(api.GET('/api/frameworks')));
  const framework = frameworks.data?.find((f) => f.frameworkId === frameworkId);
  const versions = framework?.versions.map((v) => v.version) ?? [];
  const from = params.get('from') ?? versions[1] ?? versions[0] ?? '';
  const to = params.get('to') ?? versions[0] ?? '';
  const comparable = Boolean(from && to && from !== to);
  const diff = useApiData(`diff:${frameworkId}:${from}:${to}`, async () => {
    if (!comparable) return null;
    const [changes, before, after] = await Promise.all([
      unwrap(
        api.GET('/api/frameworks/{frameworkId}/diff', {
          params: { path: { frameworkId }, query: { from, to } },
        }),
      ),
      loadVersion(frameworkId, from),
      loadVersion(frameworkId, to),
    ]);
    return { changes, before, after };
  });

  if (frameworks.error) return <ApiErrorPage error={frameworks.error} />;
  if (!frameworks.data) return <Loading title="Compare framework versions" />;
  if (!framework) return <NotFoundPage />;
  const badVersion =
    diff.error instanceof ApiError &&
    (diff.error.code === 'RESOURCE_NOT_FOUND' || diff.error.code === 'VALIDATION_FAILED');
  if (diff.error && !badVersion) return <ApiErrorPage error={diff.error} />;
  const result = diff.data;
  const total = result
    ? result.changes.added.length + result.changes.removed.length + result.changes.changed.length
    : 0;

  return (
    <PageLayout
      title={comparable ? `Changes from version ${from} to ${to}` : 'Compare framework versions'}
      width="full"
      backLink={<BackLink to="/frameworks">Audit frameworks</BackLink>}
    >
      <span className="govuk-caption-l">{framework.title}</span>
      <h1 className="govuk-heading-l">Compare framework versions</h1>
      <Pickers
        key={`${from}|${to}`}
        versions={versions}
        from={from}
        to={to}
        onApply={(a, b) => setParams({ from: a, to: b })}
      />
      {versions.length < 2 ? (
        <p className="govuk-body">This framework has only one version so far.</p>
      ) : badVersion ? (
        <p className="govuk-body">
          There is no version {versions.includes(from) ? to : from} of this framework. Choose two of
          its versions above.
        </p>
      ) : !comparable ? (
        <p className="govuk-body">These are the same version. Choose two different versions.</p>
      ) : !result ? (
        <p className="govuk-body app-loading" role="status">
          Loading…
        </p>
      ) : (
        <>
          <h2 className="govuk-heading-m">
            {total === 0
              ? `No indicator changed from version ${from} to ${to}`
              : `From version ${from} to ${to}: ${formatCount(result.changes.added.length, 'indicator')} added, ${result.changes.removed.length} removed, ${result.changes.changed.length} changed`}
          </h2>
          <p className="govuk-body">
            <Link className="govuk-link" to={versionPath(frameworkId, from)}>
              Version {from}
            </Link>{' '}
            has {formatCount(countIndicators(result.before), 'indicator')};{' '}
            <Link className="govuk-link" to={versionPath(frameworkId, to)}>
              version {to}
            </Link>{' '}
            has {countIndicators(result.after)}. Audits pre-filled from a cycle on the older version
            flag the changed indicators for the agency to check.
          </p>
          <DiffResults diff={result.changes} before={result.before} after={result.after} />
        </>
      )}
    </PageLayout>
  );
}

const countIndicators = (f: FrameworkDefinition) =>
  f.areas.reduce((n, a) => n + a.standards.reduce((m, s) => m + s.indicators.length, 0), 0);
