import { AUDIT_STATUS_LABELS, AUDIT_STATUSES, countAudits } from '@pies/domain';
import { t } from '@pies/i18n';
import { Link } from 'react-router';
import { Chart, type ChartSeries } from '../../charts/chart';
import { Table } from '../../components';
import { describeChange, formatChange, formatCount, formatScore } from '../format';
import { sectorLabel } from '../organisations/sectors';
import type { AreaFigure, PartnershipDashboard } from '../../api/dashboard-types';
import { ScoreRag } from './rag';

type Dashboard = PartnershipDashboard;

/** Completion of the cycle: the headline counts, then every state as a chart and a table. */
export function Completion({ d }: { d: Dashboard }) {
  const c = d.completion;
  const { received } = countAudits(c);
  const rows = AUDIT_STATUSES.map((s) => ({ state: s, count: c[s] }));
  return (
    <section className="app-section" aria-labelledby="completion-heading">
      <h2 className="govuk-heading-m" id="completion-heading">
        Completion
      </h2>
      <ul className="app-key-figures">
        <li className="app-key-figure">
          <span className="app-key-figure__value">{c.total.toLocaleString('en-GB')}</span>
          <span className="govuk-body-s">agencies in the cycle</span>
        </li>
        <li className="app-key-figure">
          <span className="app-key-figure__value">{received.toLocaleString('en-GB')}</span>{' '}
          <span className="govuk-body-s">
            of {c.total.toLocaleString('en-GB')} {c.total === 1 ? 'audit' : 'audits'} received by
            the board
          </span>
        </li>
        <li className="app-key-figure">
          <span className="app-key-figure__value">{c.accepted.toLocaleString('en-GB')}</span>
          <span className="govuk-body-s">accepted</span>
        </li>
        <li className={`app-key-figure${c.overdue > 0 ? ' app-key-figure--warning' : ''}`}>
          <span className="app-key-figure__value" id="overdue-count">
            {c.overdue.toLocaleString('en-GB')}
          </span>
          <span className="govuk-body-s">overdue (not submitted by the due date)</span>
        </li>
      </ul>
      <Chart
        title={`Audits by state, ${d.cycle.name}`}
        description={rows.map((r) => `${AUDIT_STATUS_LABELS[r.state]}: ${r.count}`).join(', ')}
        height={300}
        spec={{
          kind: 'bar',
          categories: rows.map((r) => AUDIT_STATUS_LABELS[r.state]),
          series: [{ name: 'Audits', values: rows.map((r) => r.count), colour: 'blue' }],
        }}
        table={
          <Table
            caption="Audits by state"
            captionSize="s"
            className="app-table--completion"
            rows={rows}
            rowKey={(r) => r.state}
            columns={[
              { key: 'state', header: 'State', cell: (r) => AUDIT_STATUS_LABELS[r.state] },
              { key: 'count', header: 'Audits', numeric: true, cell: (r) => r.count },
            ]}
          />
        }
      />
    </section>
  );
}

function areaSentence(areas: AreaFigure[]): string {
  const scored = areas.filter((a) => a.score != null);
  if (scored.length === 0) return 'No audit has been received in this cycle yet.';
  const weakest = scored.reduce((w, a) => (a.score! < w.score! ? a : w));
  const below = scored.filter((a) => a.benchmark != null && a.score! < a.benchmark);
  return `Weakest area: ${weakest.title} (${formatScore(weakest.score)}). ${
    below.length === 0
      ? 'Every area meets its benchmark.'
      : `Below benchmark: ${below.map((a) => a.title).join(', ')}.`
  }`;
}

/** Partnership averages per PIES area against the benchmark and the previous cycle. */
export function AreaScores({ d }: { d: Dashboard }) {
  const p = d.partnership;
  const previous = d.previousCycle?.name;
  const series: ChartSeries[] = [
    {
      name: `Partnership average ${d.cycle.name}`,
      values: p.areas.map((a) => a.score),
      colour: 'blue',
      filled: true,
    },
    {
      name: 'Benchmark',
      values: p.areas.map((a) => a.benchmark),
      colour: 'black',
      style: 'dashed',
    },
  ];
  if (previous)
    series.push({
      name: `Previous cycle ${previous}`,
      values: p.areas.map((a) => a.previous),
      colour: 'purple',
      style: 'dotted',
    });
  const rows = [
    ...p.areas,
    { code: 'overall', title: 'Overall', ...p.overall, benchmark: null } as AreaFigure,
  ];
  return (
    <section className="app-section" aria-labelledby="scores-heading">
      <h2 className="govuk-heading-m" id="scores-heading">
        Partnership scores
      </h2>
      <p className="govuk-body">
        Averages over {formatCount(p.agenciesCounted, 'agency', 'agencies')} with a score; each
        agency counts once. Overall: <ScoreRag score={p.overall.score} rag={p.overall.rag} />
        {p.overall.change != null && ` (${describeChange(p.overall.change)} since ${previous})`}
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/cycles/${d.cycle.id}/how-scores-work`}>
          {t('howScoresWork.link')}
        </Link>
      </p>
      <Chart
        title="Partnership average by PIES area, against the benchmark"
        description={areaSentence(p.areas)}
        height={380}
        tableMode="below"
        spec={{
          kind: 'radar',
          categories: p.areas.map((a) => `${a.code} ${a.title}`),
          max: 100,
          series,
        }}
        table={
          <Table
            caption="Scores by PIES area"
            captionSize="s"
            className="app-table--areas"
            rows={rows}
            rowKey={(a) => a.code}
            columns={[
              {
                key: 'area',
                header: 'Area',
                cell: (a) =>
                  a.code === 'overall' ? <strong>Overall</strong> : `${a.code} ${a.title}`,
              },
              {
                key: 'score',
                header: 'Average',
                cell: (a) => <ScoreRag score={a.score} rag={a.rag} />,
              },
              {
                key: 'benchmark',
                header: 'Benchmark',
                numeric: true,
                cell: (a) => (a.benchmark == null ? '' : formatScore(a.benchmark)),
              },
              {
                key: 'previous',
                header: previous ? `${previous}` : 'Previous cycle',
                numeric: true,
                cell: (a) => (a.previous == null ? 'None' : formatScore(a.previous)),
              },
              {
                key: 'change',
                header: 'Change',
                numeric: true,
                cell: (a) => formatChange(a.change) || 'None',
              },
            ]}
          />
        }
      />
    </section>
  );
}

/** Average overall and area scores of each sector. */
export function SectorAverages({ d }: { d: Dashboard }) {
  const areas = d.partnership.areas;
  if (d.sectors.length === 0) return null;
  return (
    <section className="app-section" aria-labelledby="sectors-heading">
      <h2 className="govuk-heading-m" id="sectors-heading">
        Averages by sector
      </h2>
      <Chart
        title="Average overall score by sector"
        description={`Highest: ${sectorLabel(
          d.sectors.reduce((b, s) => ((s.overall.score ?? 0) > (b.overall.score ?? 0) ? s : b))
            .sector,
        )}. Lowest: ${sectorLabel(
          d.sectors.reduce((w, s) => ((s.overall.score ?? 100) < (w.overall.score ?? 100) ? s : w))
            .sector,
        )}.`}
        height={Math.max(220, 44 * d.sectors.length + 60)}
        spec={{
          kind: 'bar',
          horizontal: true,
          max: 100,
          categories: d.sectors.map((s) => sectorLabel(s.sector)),
          series: [
            {
              name: 'Average overall score',
              values: d.sectors.map((s) => s.overall.score),
              colour: 'blue',
            },
          ],
        }}
        table={
          <div
            className="app-scroll"
            tabIndex={0}
            role="region"
            aria-label="Averages by sector (scrolls sideways)"
          >
            <Table
              caption="Averages by sector"
              captionSize="s"
              className="app-table--sectors"
              rows={d.sectors}
              rowKey={(s) => s.sector}
              columns={[
                { key: 'sector', header: 'Sector', cell: (s) => sectorLabel(s.sector) },
                { key: 'agencies', header: 'Agencies', numeric: true, cell: (s) => s.agencies },
                {
                  key: 'overall',
                  header: 'Overall',
                  cell: (s) => <ScoreRag score={s.overall.score} rag={s.overall.rag} />,
                },
                ...areas.map((a) => ({
                  key: a.code,
                  header: a.code,
                  numeric: true,
                  cell: (s: Dashboard['sectors'][number]) =>
                    formatScore(s.areas[a.code]?.score ?? null),
                })),
              ]}
            />
          </div>
        }
      />
    </section>
  );
}
