import { unwrap } from '@pies/api-client';
import type { FrameworkDefinition } from '@pies/framework';
import { t } from '@pies/i18n';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { BackLink, Loading, PageLayout, SummaryList, Table } from '../../components';
import { ApiErrorPage } from '../error-pages';
import { FlashBanner } from '../flash';
import { formatCount, formatDate } from '../format';
import { diffPath, versionPath } from './framework-access';
import { RagTag } from '../status-tags';
import { AreaIndicators, AreaPagination } from './framework-tree';

/** One framework version: its rating scale, then areas > standards > indicators, one area at a time. */
export function FrameworkVersionPage() {
  const { frameworkId = '', version = '' } = useParams();
  const [params] = useSearchParams();
  const data = useApiData(`framework:${frameworkId}:${version}`, () =>
    unwrap(
      api.GET('/api/frameworks/{frameworkId}/versions/{version}', {
        params: { path: { frameworkId, version } },
      }),
    ),
  );
  const all = useApiData('frameworks', () => unwrap(api.GET('/api/frameworks')));
  if (data.error) return <ApiErrorPage error={data.error} />;
  if (!data.data) return <Loading title="Framework version" />;
  const v = data.data;
  const f = v.definition as unknown as FrameworkDefinition;
  const area = f.areas.find((a) => a.code === params.get('area')) ?? f.areas[0];
  const versions = all.data?.find((x) => x.frameworkId === frameworkId)?.versions ?? [];
  const index = versions.findIndex((x) => x.version === version);
  const previous = index >= 0 ? versions[index + 1] : undefined;
  const benchmark = f.scale.levels.find((l) => l.value === f.scale.benchmark);

  return (
    <PageLayout
      title={`${v.title}, version ${v.version}`}
      width="full"
      backLink={<BackLink to="/frameworks">Audit frameworks</BackLink>}
    >
      <FlashBanner />
      <span className="govuk-caption-l">{v.title}</span>
      <h1 className="govuk-heading-l">Version {v.version}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          {f.description && <p className="govuk-body">{f.description}</p>}
          <SummaryList
            rows={[
              { key: 'Publisher', value: v.publisher },
              {
                key: 'Indicators',
                value: `${formatCount(v.indicatorCount, 'indicator')} in ${formatCount(f.areas.length, 'area')}`,
              },
              { key: 'Imported', value: formatDate(v.importedAt) },
              {
                key: 'Framework id',
                value: <code className="app-break-words">{v.frameworkId}</code>,
              },
            ]}
          />
          <p className="govuk-body">
            <a
              className="govuk-link"
              href={`/api/frameworks/${encodeURIComponent(frameworkId)}/versions/${encodeURIComponent(version)}/yaml`}
              download
              id="download-yaml"
            >
              {t('frameworkVersion.downloadYaml')}
            </a>{' '}
            {t('frameworkVersion.downloadYamlHint')}
          </p>
          {index > 0 && (
            <div className="govuk-inset-text">
              This is not the newest version.{' '}
              <Link className="govuk-link" to={versionPath(frameworkId, versions[0].version)}>
                Version {versions[0].version}
              </Link>{' '}
              is newer.
            </div>
          )}
          {previous && (
            <p className="govuk-body">
              <Link className="govuk-link" to={diffPath(frameworkId, previous.version, v.version)}>
                What changed since version {previous.version}
              </Link>
            </p>
          )}
        </div>
      </div>

      <h2 className="govuk-heading-l govuk-!-margin-top-6" id="rating-scale">
        Rating scale
      </h2>
      <p className="govuk-body">
        Each indicator is rated on these levels.
        {benchmark &&
          ` The benchmark is level ${benchmark.value} (${benchmark.label}) unless an indicator sets its own.`}
        {f.scale.allowNotApplicable
          ? ' Indicators may be marked not applicable, with a reason, unless they say otherwise.'
          : ' Indicators may not be marked not applicable unless they say so.'}
      </p>
      <Table
        className="govuk-table--small-text-until-tablet"
        caption="Rating scale levels"
        captionHidden
        rows={f.scale.levels}
        rowKey={(l) => String(l.value)}
        columns={[
          {
            key: 'level',
            header: 'Level',
            cell: (l) => (
              <>
                <span className="govuk-!-font-weight-bold">
                  {l.value} {l.label}
                </span>
                <span className="app-cell-secondary">
                  <RagTag rag={l.rag} />
                </span>
              </>
            ),
          },
          { key: 'description', header: 'Meaning', cell: (l) => l.description },
          { key: 'score', header: 'Score', numeric: true, cell: (l) => l.score },
        ]}
      />
      <p className="govuk-body">
        Area and overall scores are the weighted mean of the indicators answered, out of 100:{' '}
        {f.scoring.bands
          .map((b, i) => {
            const next = f.scoring.bands[i + 1];
            return `${b.rag} ${next ? `from ${b.min} to below ${next.min}` : `from ${b.min}`}`;
          })
          .join(', ')}
        .
      </p>

      <h2 className="govuk-heading-l govuk-!-margin-top-8">Indicators</h2>
      <nav aria-label="PIES areas" className="govuk-!-margin-bottom-6">
        <ul className="govuk-list">
          {f.areas.map((a) => {
            const count = a.standards.reduce((n, s) => n + s.indicators.length, 0);
            const text = `${a.code}: ${a.title} (${formatCount(count, 'indicator')})`;
            const current = a.code === area?.code;
            return (
              <li key={a.code}>
                <Link
                  className={`govuk-link govuk-link--no-visited-state${current ? ' govuk-!-font-weight-bold' : ''}`}
                  to={`?area=${a.code}`}
                  aria-current={current ? 'page' : undefined}
                  preventScrollReset
                >
                  {text}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {area && <AreaIndicators area={area} scale={f.scale} />}
      {area && <AreaPagination areas={f.areas} current={area.code} />}
    </PageLayout>
  );
}
