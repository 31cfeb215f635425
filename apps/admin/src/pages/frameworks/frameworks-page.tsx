import { unwrap } from '@pies/api-client';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { useMe } from '../../auth/session';
import { ButtonLink, Loading, PageLayout, Table, Tag } from '../../components';
import { ApiErrorPage } from '../error-pages';
import { FlashBanner } from '../flash';
import { formatDate } from '../format';
import { cyclesByVersion, usedByText } from './cycles-by-version';
import { canImportFrameworks, diffPath, versionPath } from './framework-access';

/** The audit frameworks and every imported version of each, newest first. */
export function FrameworksPage() {
  const me = useMe();
  const frameworks = useApiData('frameworks', () => unwrap(api.GET('/api/frameworks')));
  const usage = useApiData(`cycles-by-version:${me.id}`, () => cyclesByVersion(me));
  if (frameworks.error) return <ApiErrorPage error={frameworks.error} />;
  if (!frameworks.data) return <Loading title="Audit frameworks" />;
  const canImport = canImportFrameworks(me);

  return (
    <PageLayout title="Audit frameworks" width="full">
      <FlashBanner />
      <div className="app-heading-with-action">
        <h1 className="govuk-heading-l">Audit frameworks</h1>
        {canImport && <ButtonLink to="/frameworks/upload">Import a framework version</ButtonLink>}
      </div>
      <div className="govuk-grid-row">
        <p className="govuk-body govuk-grid-column-two-thirds-from-desktop">
          A framework is the set of indicators an audit answers, grouped by the PIES areas and their
          standards, with the rating scale. Each version is kept as it was imported: a new version
          changes nothing until a cycle uses it.
        </p>
      </div>
      {frameworks.data.length === 0 && (
        <p className="govuk-body">No framework has been imported yet.</p>
      )}
      {frameworks.data.map((f) => (
        <section key={f.frameworkId} aria-labelledby={`framework-${f.frameworkId}`}>
          <h2 className="govuk-heading-m" id={`framework-${f.frameworkId}`}>
            {f.title}
          </h2>
          {f.versions.length > 1 && (
            <p className="govuk-body">
              <Link
                className="govuk-link"
                to={diffPath(f.frameworkId, f.versions[1].version, f.versions[0].version)}
              >
                Compare versions
                <span className="govuk-visually-hidden"> of {f.title}</span>
              </Link>
            </p>
          )}
          <Table
            className="govuk-table--small-text-until-tablet"
            caption={`Versions of ${f.title}, newest first`}
            captionHidden
            rows={f.versions}
            rowKey={(v) => v.id}
            columns={[
              {
                key: 'version',
                header: 'Version',
                cell: (v) => (
                  <>
                    <Link className="govuk-link" to={versionPath(v.frameworkId, v.version)}>
                      Version {v.version}
                    </Link>
                    {v.id === f.versions[0].id && (
                      <>
                        {' '}
                        <Tag colour="green">Newest</Tag>
                      </>
                    )}
                    <span className="app-cell-secondary">Imported {formatDate(v.importedAt)}</span>
                  </>
                ),
              },
              {
                key: 'title',
                header: 'Title',
                cell: (v) => (
                  <>
                    {v.title}
                    <span className="app-cell-secondary">{v.publisher}</span>
                    {usage.data && (
                      <span className="app-cell-secondary">{usedByText(usage.data.get(v.id))}</span>
                    )}
                  </>
                ),
              },
              {
                key: 'indicators',
                header: 'Indicators',
                numeric: true,
                cell: (v) => v.indicatorCount,
              },
            ]}
          />
        </section>
      ))}
    </PageLayout>
  );
}
