import type Handlebars from 'handlebars';
import { barChart, stackedBar } from '../charts/bar-chart';
import { radarChart } from '../charts/radar-chart';
import * as format from '../format/format';
import type { AgencyAreaSummary } from '../models/agency-report-model';
import type { BoardCompletion, BoardTrendRow } from '../models/board-report-model';
import type { Rag, ScoreCell } from '../models/common';

type HandlebarsEnv = typeof Handlebars;

/** Handlebars passes its own options object as the last argument of every helper. */
function args(values: unknown[]): unknown[] {
  return values.slice(0, -1);
}

function asRag(value: unknown): Rag | null {
  return value === 'red' || value === 'amber' || value === 'green' ? value : null;
}

function asNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * Registers every report helper on an isolated Handlebars instance: the one place that
 * says what templates can call. Helpers that return markup (`rag`, `heatCell`, the charts)
 * build it from escaped text and numbers only, and return a SafeString; every other
 * helper returns plain text, which `{{ }}` escapes.
 */
export function registerHelpers(hbs: HandlebarsEnv): void {
  const escape = (text: string) => hbs.Utils.escapeExpression(text);
  const safe = (html: string) => new hbs.SafeString(html);

  const text: Record<string, (...values: unknown[]) => unknown> = {
    formatDate: (value) => format.formatDate(value as string | null),
    formatDateTime: (value) => format.formatDateTime(value as string | null),
    score: (value) => format.formatScore(asNumber(value)),
    scoreChange: (current, previous) =>
      format.formatScoreChange(asNumber(current), asNumber(previous)),
    percent: (value) => format.formatPercent(asNumber(value)),
    share: (part, whole) => format.formatShare(Number(part), Number(whole)),
    level: (value) => format.formatLevel(asNumber(value)),
    ragLabel: (value) => format.ragLabel(asRag(value)),
    ragClass: (value) => format.ragClass(asRag(value)),
    sectorLabel: (value) => format.sectorLabel(String(value)),
    statusLabel: (value) => format.statusLabel(String(value)),
    actionStatusLabel: (value) => format.actionStatusLabel(String(value)),
    hash: (value) => format.formatHash(value as string | null),
  };
  for (const [name, fn] of Object.entries(text)) {
    hbs.registerHelper(name, (...values: unknown[]) => fn(...args(values)));
  }

  /** {{pluralise count "agency" "agencies"}} → "1 agency" / "3 agencies". */
  hbs.registerHelper('pluralise', (...values: unknown[]) => {
    const [count, singular, plural] = args(values);
    return format.pluralise(
      Number(count),
      String(singular),
      typeof plural === 'string' ? plural : undefined,
    );
  });

  hbs.registerHelper('eq', (...values: unknown[]) => {
    const [a, b] = args(values);
    return a === b;
  });
  hbs.registerHelper('and', (...values: unknown[]) => args(values).every(Boolean));
  hbs.registerHelper('or', (...values: unknown[]) => args(values).some(Boolean));
  hbs.registerHelper('not', (...values: unknown[]) => !args(values)[0]);

  /** How many items of an array have a truthy `key`. */
  hbs.registerHelper('countWhere', (...values: unknown[]) => {
    const [items, key] = args(values);
    return Array.isArray(items)
      ? items.filter((item) => Boolean((item as Record<string, unknown>)[String(key)])).length
      : 0;
  });
  /** The first item whose `key` equals `value`, or null. */
  hbs.registerHelper('findBy', (...values: unknown[]) => {
    const [items, key, value] = args(values);
    return Array.isArray(items)
      ? (items.find((item) => (item as Record<string, unknown>)[String(key)] === value) ?? null)
      : null;
  });
  /** The first `count` items. */
  hbs.registerHelper('take', (...values: unknown[]) => {
    const [items, count] = args(values);
    return Array.isArray(items) ? items.slice(0, Number(count)) : [];
  });
  /** {{choose condition "if true" "if false"}}, for attribute values. */
  hbs.registerHelper('choose', (...values: unknown[]) => {
    const [condition, yes, no] = args(values);
    return condition ? yes : no;
  });
  hbs.registerHelper('inc', (...values: unknown[]) => Number(args(values)[0]) + 1);

  /** A RAG badge: colour and the word, e.g. <span class="rag rag-amber">Amber</span>. */
  hbs.registerHelper('rag', (...values: unknown[]) => {
    const rag = asRag(args(values)[0]);
    return safe(`<span class="rag ${format.ragClass(rag)}">${escape(format.ragLabel(rag))}</span>`);
  });

  /** A heat-map cell: tinted by RAG, with the score and the band's letter as text. */
  const heatCell = (cell: ScoreCell | null | undefined): string => {
    const rag = asRag(cell?.rag);
    const letter = rag ? `<span class="cell-letter">${rag[0].toUpperCase()}</span>` : '';
    const score = escape(format.formatScore(asNumber(cell?.score)));
    return `<td class="cell ${format.ragClass(rag)}">${score}${letter}</td>`;
  };
  hbs.registerHelper('heatCell', (...values: unknown[]) =>
    safe(heatCell(args(values)[0] as ScoreCell | null)),
  );
  /** One heat-map cell per area, in the order of `areas` ({code}[]), from a map by code. */
  hbs.registerHelper('heatCells', (...values: unknown[]) => {
    const [cells, areas] = args(values) as [Record<string, ScoreCell>, { code: string }[]];
    return safe(areas.map((area) => heatCell(cells[area.code])).join(''));
  });

  hbs.registerHelper('areaRadar', (...values: unknown[]) => {
    const areas = (args(values)[0] ?? []) as AgencyAreaSummary[];
    // A radar needs three axes; a framework with fewer areas gets the same data as bars.
    if (areas.length < 3) {
      return safe(
        barChart({
          id: 'area-radar',
          title: 'Area scores: this agency, partnership average and benchmark',
          categories: areas.map((area) => `${area.code} ${area.title}`),
          series: [
            { name: 'This agency', values: areas.map((area) => area.score) },
            { name: 'Partnership average', values: areas.map((area) => area.partnershipAverage) },
            { name: 'Benchmark', values: areas.map((area) => area.benchmarkScore) },
          ],
        }),
      );
    }
    return safe(
      radarChart({
        id: 'area-radar',
        title: 'Area scores: this agency, partnership average and benchmark',
        axes: areas.map((area) => ({
          label: `${area.code} ${area.title}`,
          value: area.score,
          comparison: area.partnershipAverage,
          benchmark: area.benchmarkScore,
        })),
      }),
    );
  });

  hbs.registerHelper('trendChart', (...values: unknown[]) => {
    const [trend, previousCycle, cycle] = args(values) as [
      BoardTrendRow[],
      { name: string } | null,
      { name: string },
    ];
    return safe(
      barChart({
        id: 'trend-chart',
        title: 'Partnership mean score by area, previous and current cycle',
        categories: trend.map((row) => `${row.areaCode} ${row.area}`),
        series: [
          { name: `${cycle.name} (current)`, values: trend.map((row) => row.current) },
          {
            name: previousCycle ? `${previousCycle.name} (previous)` : 'Previous cycle',
            values: trend.map((row) => row.previous),
          },
        ],
      }),
    );
  });

  hbs.registerHelper('sectorChart', (...values: unknown[]) => {
    const rows = (args(values)[0] ?? []) as { sector: string; overall: ScoreCell }[];
    return safe(
      barChart({
        id: 'sector-chart',
        title: 'Mean overall score by sector',
        categories: rows.map((row) => format.sectorLabel(row.sector)),
        series: [{ name: 'Mean overall score', values: rows.map((row) => row.overall.score) }],
      }),
    );
  });

  hbs.registerHelper('completionBar', (...values: unknown[]) => {
    const c = args(values)[0] as BoardCompletion;
    return safe(
      stackedBar({
        id: 'completion-bar',
        title: 'Audits by status',
        segments: [
          { label: 'Accepted', value: c.accepted, colour: '#1b5e31' },
          { label: 'Submitted', value: c.submitted, colour: '#5b9a6b' },
          { label: 'Returned', value: c.returned, colour: '#c98a00' },
          { label: 'In progress', value: c.inProgress, colour: '#8aa4c2' },
          { label: 'Not started', value: c.notStarted, colour: '#b8b8b8' },
        ],
      }),
    );
  });
}
