import { unwrap } from '@pies/api-client';
import type { FrameworkDefinition } from '@pies/framework';
import { t } from '@pies/i18n';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { Loading, PageLayout, Table } from '../../components';
import { ApiErrorPage } from '../error-pages';
import { RagTag } from '../status-tags';
import './board.scss';

type Scoring = Pick<FrameworkDefinition, 'scale' | 'scoring'>;

/**
 * How scores work, for the framework of one cycle: its levels and points, the benchmark and the
 * RAG bands as the framework defines them, and the rules of libs/scoring in words.
 */
export function HowScoresWorkPage() {
  const { cycleId = '' } = useParams();
  const data = useApiData(`how-scores-work:${cycleId}`, async () => {
    const cycle = await unwrap(api.GET('/api/cycles/{cycleId}', { params: { path: { cycleId } } }));
    const version = await unwrap(
      api.GET('/api/frameworks/{frameworkId}/versions/{version}', {
        params: { path: { frameworkId: cycle.frameworkId, version: cycle.frameworkVersion } },
      }),
    );
    return { cycle, version, definition: version.definition as unknown as Scoring };
  });
  if (data.error) return <ApiErrorPage error={data.error} />;
  if (!data.data) return <Loading title={t('howScoresWork.title')} />;
  const { cycle, definition: f } = data.data;
  const levels = f.scale.levels;
  const benchmark = levels.find((l) => l.value === f.scale.benchmark);
  const bands = [...f.scoring.bands].sort((a, b) => a.min - b.min);
  const top = bands.at(-1);
  return (
    <PageLayout title={t('howScoresWork.title')}>
      <span className="govuk-caption-l">
        {t('howScoresWork.caption', {
          cycle: cycle.name,
          framework: cycle.frameworkTitle,
          version: cycle.frameworkVersion,
        })}
      </span>
      <h1 className="govuk-heading-l">{t('howScoresWork.title')}</h1>
      <p className="govuk-body-l">{t('howScoresWork.intro')}</p>

      <h2 className="govuk-heading-m">{t('howScoresWork.levelsHeading')}</h2>
      <p className="govuk-body">{t('howScoresWork.levels')}</p>
      <Table
        caption={t('howScoresWork.levelCaption')}
        captionHidden
        scrollLabel={t('howScoresWork.levelCaption')}
        rows={levels}
        rowKey={(l) => String(l.value)}
        columns={[
          {
            key: 'level',
            header: t('howScoresWork.level'),
            cell: (l) => `${t('howScoresWork.level')} ${l.value}`,
          },
          { key: 'label', header: t('howScoresWork.label'), cell: (l) => l.label },
          {
            key: 'points',
            header: t('howScoresWork.points'),
            numeric: true,
            cell: (l) => l.score,
          },
          { key: 'rag', header: t('howScoresWork.band'), cell: (l) => <RagTag rag={l.rag} /> },
        ]}
      />

      <h2 className="govuk-heading-m">{t('howScoresWork.areasHeading')}</h2>
      <p className="govuk-body">{t('howScoresWork.areas')}</p>
      <p className="govuk-body">{t('howScoresWork.notApplicable')}</p>

      <h2 className="govuk-heading-m">{t('howScoresWork.benchmarkHeading')}</h2>
      <p className="govuk-body">
        {t('howScoresWork.benchmark', {
          level: f.scale.benchmark,
          label: benchmark?.label ?? '',
        })}
      </p>
      <p className="govuk-body">{t('howScoresWork.areaBenchmark')}</p>
      <p className="govuk-body">{t('howScoresWork.belowBenchmark')}</p>

      <h2 className="govuk-heading-m">{t('howScoresWork.bandsHeading')}</h2>
      <p className="govuk-body">{t('howScoresWork.bands')}</p>
      <Table
        caption={t('howScoresWork.bandCaption')}
        captionHidden
        rows={bands}
        rowKey={(b) => b.rag}
        columns={[
          { key: 'rag', header: t('howScoresWork.band'), cell: (b) => <RagTag rag={b.rag} /> },
          {
            key: 'range',
            header: t('howScoresWork.from'),
            cell: (b) => {
              const next = bands[bands.indexOf(b) + 1];
              return next
                ? t('howScoresWork.bandRange', { min: b.min, next: next.min })
                : t('howScoresWork.bandTop', { min: b.min });
            },
          },
        ]}
      />
      {top && (
        <p className="govuk-body">{t('howScoresWork.rounding', { min: top.min, band: top.rag })}</p>
      )}

      <h2 className="govuk-heading-m">{t('howScoresWork.boardHeading')}</h2>
      <p className="govuk-body">{t('howScoresWork.board')}</p>
    </PageLayout>
  );
}
