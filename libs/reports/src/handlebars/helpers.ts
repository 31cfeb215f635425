import type Handlebars from 'handlebars';
import { barChart, stackedBar } from '../charts/bar-chart';
import { radarChart } from '../charts/radar-chart';
import * as format from '../format/format';
import type { AgencyAreaSummary } from '../models/agency-report-model';
import type { BoardCompletion, BoardTrendRow } from '../models/board-report-model';
import type { Rag, ScoreCell } from '../models/common';

type HandlebarsEnv = typeof Handlebars;

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

  /** A heat-map cell: tinted by RAG, with the score and the band's letter as text. */
  const heatCell = (cell: ScoreCell | null | undefined): string => {
    const rag = asRag(cell?.rag);
    const letter = rag ? `<span class="cell-letter">${rag[0].toUpperCase()}</span>` : '';
    const score = escape(format.formatScore(asNumber(cell?.score)));
    return `<td class="cell ${format.ragClass(rag)}">${score}${letter}</td>`;
  };
  const itemsOf = (items: unknown) =>
    Array.isArray(items) ? (items as Record<string, unknown>[]) : [];

  const helpers: Record<string, (...values: unknown[]) => unknown> = {
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
    reference: (value) => format.formatReference(value as string | null),
    /** {{pluralise count "agency" "agencies"}} → "1 agency" / "3 agencies". */
    pluralise: (count, singular, plural) =>
      format.pluralise(
        Number(count),
        String(singular),
        typeof plural === 'string' ? plural : undefined,
      ),
    eq: (a, b) => a === b,
    gt: (a, b) => Number(a) > Number(b),
    and: (...values) => values.every(Boolean),
    or: (...values) => values.some(Boolean),
    not: (value) => !value,
    /** How many items of an array have a truthy `key`. */
    countWhere: (items, key) => itemsOf(items).filter((item) => Boolean(item[String(key)])).length,
    /** The first item whose `key` equals `value`, or null. */
    findBy: (items, key, value) =>
      itemsOf(items).find((item) => item[String(key)] === value) ?? null,
    /** The first `count` items. */
    take: (items, count) => itemsOf(items).slice(0, Number(count)),
    /** {{choose condition "if true" "if false"}}, for attribute values. */
    choose: (condition, yes, no) => (condition ? yes : no),
    inc: (value) => Number(value) + 1,
    /** A RAG badge: colour and the word, e.g. <span class="rag rag-amber">Amber</span>. */
    rag: (value) => {
      const rag = asRag(value);
      return safe(
        `<span class="rag ${format.ragClass(rag)}">${escape(format.ragLabel(rag))}</span>`,
      );
    },
    heatCell: (cell) => safe(heatCell(cell as ScoreCell | null)),
    /** One heat-map cell per area, in the order of `areas` ({code}[]), from a map by code. */
    heatCells: (cells, areas) =>
      safe(
        (areas as { code: string }[])
          .map((area) => heatCell((cells as Record<string, ScoreCell>)[area.code]))
          .join(''),
      ),
    areaRadar: (value) => {
      const areas = (value ?? []) as AgencyAreaSummary[];
      const title = 'Area scores: this agency, partnership average and benchmark';
      // A radar needs three axes; a framework with fewer areas gets the same data as bars.
      if (areas.length < 3) {
        return safe(
          barChart({
            id: 'area-radar',
            title,
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
          title,
          axes: areas.map((area) => ({
            label: `${area.code} ${area.title}`,
            value: area.score,
            comparison: area.partnershipAverage,
            benchmark: area.benchmarkScore,
          })),
        }),
      );
    },
    trendChart: (rows, previousCycle, cycle) => {
      const trend = rows as BoardTrendRow[];
      const previous = previousCycle as { name: string } | null;
      return safe(
        barChart({
          id: 'trend-chart',
          title: 'Partnership mean score by area, previous and current cycle',
          categories: trend.map((row) => `${row.areaCode} ${row.area}`),
          series: [
            {
              name: `${(cycle as { name: string }).name} (current)`,
              values: trend.map((row) => row.current),
            },
            {
              name: previous ? `${previous.name} (previous)` : 'Previous cycle',
              values: trend.map((row) => row.previous),
            },
          ],
        }),
      );
    },
    sectorChart: (value) => {
      const rows = (value ?? []) as { sector: string; overall: ScoreCell }[];
      return safe(
        barChart({
          id: 'sector-chart',
          title: 'Mean overall score by sector',
          categories: rows.map((row) => format.sectorLabel(row.sector)),
          series: [{ name: 'Mean overall score', values: rows.map((row) => row.overall.score) }],
        }),
      );
    },
    completionBar: (value) => {
      const c = value as BoardCompletion;
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
    },
  };
  for (const [name, fn] of Object.entries(helpers)) {
    // Handlebars passes its own options object as the last argument of every helper.
    hbs.registerHelper(name, (...values: unknown[]) => fn(...values.slice(0, -1)));
  }
}
