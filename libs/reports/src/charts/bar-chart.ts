import { formatScore } from '../format/format';
import { clampValue, escapeXml, num, svgOpen, textBlock, wrapText } from './svg';

export interface BarSeries {
  name: string;
  /** One value per category; null draws no bar and prints a dash. */
  values: readonly (number | null)[];
}

export interface BarChartOptions {
  title: string;
  /** Category labels, top to bottom. */
  categories: readonly string[];
  /** One to three series, drawn as grouped bars (solid, outlined, grey). */
  series: readonly BarSeries[];
  /** A vertical reference line, e.g. the benchmark score. */
  reference?: { value: number; label: string } | null;
  id?: string;
}

const SERIES_STYLES = [
  'fill="#12365a"',
  'fill="#ffffff" stroke="#12365a" stroke-width="1.25"',
  'fill="#8a9bb0"',
];
const LABEL_WIDTH = 170;
const BAR_HEIGHT = 13;
const BAR_GAP = 3;
const GROUP_GAP = 12;
const TOP = 26;

/**
 * Horizontal grouped bars as an SVG string. Each bar carries its value as text, series
 * differ by fill (solid, outline, grey) and are named in a legend, so nothing depends on
 * colour; the <desc> lists every value.
 */
export function barChart(options: BarChartOptions): string {
  const { categories, series } = options;
  if (series.length === 0 || series.length > SERIES_STYLES.length) {
    throw new RangeError(`a bar chart takes 1 to ${SERIES_STYLES.length} series`);
  }
  const max = 100; // the right edge
  const width = 640;
  const format = formatScore;
  const plotWidth = width - LABEL_WIDTH - 56;
  const groupHeight = series.length * (BAR_HEIGHT + BAR_GAP) - BAR_GAP;
  const plotHeight = categories.length * (groupHeight + GROUP_GAP);
  const height = TOP + plotHeight + 30;
  const x = (value: number) => LABEL_WIDTH + (plotWidth * value) / max;

  const parts: string[] = [];
  // Legend across the top.
  series.forEach((s, i) => {
    const lx = LABEL_WIDTH + i * 150;
    parts.push(
      `<rect x="${lx}" y="4" width="14" height="10" ${SERIES_STYLES[i]}/>` +
        `<text x="${lx + 20}" y="13" font-size="10.5" fill="#1b1b1b">${escapeXml(s.name)}</text>`,
    );
  });
  // Grid lines at quarters.
  for (const fraction of [0, 0.25, 0.5, 0.75, 1]) {
    const gx = x(max * fraction);
    parts.push(
      `<line x1="${num(gx)}" y1="${TOP - 4}" x2="${num(gx)}" y2="${num(TOP + plotHeight)}" stroke="#d5d9de" stroke-width="0.75"/>` +
        `<text x="${num(gx)}" y="${num(TOP + plotHeight + 12)}" font-size="9" fill="#5f5f5f" text-anchor="middle">${num(max * fraction)}</text>`,
    );
  }
  categories.forEach((category, c) => {
    const groupTop = TOP + c * (groupHeight + GROUP_GAP);
    const lines = wrapText(category, 28).slice(0, 2);
    const labelY = groupTop + groupHeight / 2 - ((lines.length - 1) * 12) / 2 + 4;
    parts.push(
      textBlock(
        lines,
        LABEL_WIDTH - 8,
        labelY,
        'font-size="10.5" fill="#1b1b1b" text-anchor="end"',
        12,
      ),
    );
    series.forEach((s, i) => {
      const value = clampValue(s.values[c], max);
      const y = groupTop + i * (BAR_HEIGHT + BAR_GAP);
      if (value !== null) {
        parts.push(
          `<rect x="${LABEL_WIDTH}" y="${num(y)}" width="${num(Math.max(x(value) - LABEL_WIDTH, 0.5))}" height="${BAR_HEIGHT}" ${SERIES_STYLES[i]}/>`,
        );
      }
      const end = value === null ? LABEL_WIDTH : x(value);
      parts.push(
        `<text x="${num(end + 4)}" y="${num(y + BAR_HEIGHT - 3)}" font-size="9.5" fill="#1b1b1b">${escapeXml(format(s.values[c] ?? null))}</text>`,
      );
    });
  });
  if (options.reference) {
    const rx = x(clampValue(options.reference.value, max) ?? 0);
    parts.push(
      `<line x1="${num(rx)}" y1="${TOP - 4}" x2="${num(rx)}" y2="${num(TOP + plotHeight)}" stroke="#5f5f5f" stroke-width="1.25" stroke-dasharray="3 3"/>` +
        `<text x="${num(rx)}" y="${num(TOP + plotHeight + 24)}" font-size="9" fill="#1b1b1b" text-anchor="middle">${escapeXml(options.reference.label)}</text>`,
    );
  }

  const description = categories
    .map(
      (category, c) =>
        `${category}: ${series.map((s) => `${s.name} ${s.values[c] === null ? 'none' : format(s.values[c])}`).join(', ')}`,
    )
    .join('; ');
  return (
    svgOpen({
      id: options.id ?? 'bars',
      width,
      height,
      title: options.title,
      description: `${description}.${options.reference ? ` ${options.reference.label}: ${format(options.reference.value)}.` : ''}`,
      className: 'chart chart-bars',
    }) + `<g aria-hidden="true">${parts.join('')}</g></svg>`
  );
}

export interface StackedSegment {
  label: string;
  value: number;
  /** A fill colour; segments are also labelled with their counts in the legend. */
  colour: string;
}

/** One horizontal bar split into segments, with a legend that names each count. */
export function stackedBar(options: {
  title: string;
  segments: readonly StackedSegment[];
  id?: string;
  width?: number;
}): string {
  const width = options.width ?? 640;
  const total = options.segments.reduce((sum, s) => sum + s.value, 0);
  const parts: string[] = [];
  let offset = 0;
  for (const s of options.segments) {
    if (s.value <= 0 || total === 0) continue;
    const w = (width * s.value) / total;
    parts.push(
      `<rect x="${num(offset)}" y="0" width="${num(w)}" height="22" fill="${escapeXml(s.colour)}" stroke="#ffffff" stroke-width="1"/>`,
    );
    offset += w;
  }
  const itemWidth = width / Math.max(options.segments.length, 1);
  options.segments.forEach((s, i) => {
    const lx = i * itemWidth;
    parts.push(
      `<rect x="${num(lx)}" y="32" width="10" height="10" fill="${escapeXml(s.colour)}"/>` +
        `<text x="${num(lx + 14)}" y="41" font-size="10.5" fill="#1b1b1b">${escapeXml(`${s.label}: ${s.value}`)}</text>`,
    );
  });
  return (
    svgOpen({
      id: options.id ?? 'stacked',
      width,
      height: 50,
      title: options.title,
      description: `${options.segments.map((s) => `${s.label} ${s.value}`).join(', ')}; ${total} in all.`,
      className: 'chart chart-stacked',
    }) + `<g aria-hidden="true">${parts.join('')}</g></svg>`
  );
}
