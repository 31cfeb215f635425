import { formatScore } from '../format/format';
import { clampValue, escapeXml, num, svgOpen, textBlock, wrapText } from './svg';

export interface RadarAxis {
  label: string;
  /** The subject's value, e.g. the agency's area score; null when not scored. */
  value: number | null;
  /** e.g. the partnership average. */
  comparison?: number | null;
  /** e.g. the benchmark score. */
  benchmark?: number | null;
}

export interface RadarChartOptions {
  axes: readonly RadarAxis[];
  title?: string;
  /** Prefix for element ids; unique within the document. Default "radar". */
  id?: string;
}

interface Series {
  key: 'benchmark' | 'comparison' | 'value';
  label: string;
  values: (number | null)[];
  style: string;
  marker: 'circle' | 'square' | null;
}

const WIDTH = 520;
const CENTRE_X = 260;
const CENTRE_Y = 190;
const RADIUS = 118;
const LEGEND_Y = 372;
const HEIGHT = 400;

/**
 * A radar (spider) chart as a self-contained SVG string: no script, no external reference.
 * Three series are told apart by line style and marker shape as well as colour (solid
 * with circles, dashed with squares, dotted), named in a legend, and listed value by
 * value in the <desc> so a screen reader or the tagged PDF gets the numbers.
 */
export function radarChart(options: RadarChartOptions): string {
  const max = 100; // the outer ring
  const axes = options.axes;
  if (axes.length < 3) throw new RangeError('a radar chart needs at least three axes');
  const angle = (i: number) => -Math.PI / 2 + (i * 2 * Math.PI) / axes.length;
  const point = (i: number, value: number) => {
    const r = (RADIUS * value) / max;
    return { x: CENTRE_X + r * Math.cos(angle(i)), y: CENTRE_Y + r * Math.sin(angle(i)) };
  };
  const polygon = (values: readonly number[]) =>
    values
      .map((value, i) => point(i, value))
      .map((p) => `${num(p.x)},${num(p.y)}`)
      .join(' ');

  const all: Series[] = [
    {
      key: 'benchmark',
      label: 'Benchmark',
      values: axes.map((a) => clampValue(a.benchmark, max)),
      style: 'fill="none" stroke="#5f5f5f" stroke-width="1.5" stroke-dasharray="2 3"',
      marker: null,
    },
    {
      key: 'comparison',
      label: 'Partnership average',
      values: axes.map((a) => clampValue(a.comparison, max)),
      style: 'fill="none" stroke="#a34d00" stroke-width="1.75" stroke-dasharray="7 4"',
      marker: 'square',
    },
    {
      key: 'value',
      label: 'This agency',
      values: axes.map((a) => clampValue(a.value, max)),
      style: 'fill="#12365a" fill-opacity="0.14" stroke="#12365a" stroke-width="2.5"',
      marker: 'circle',
    },
  ];
  const series = all.filter((s) => s.values.some((v) => v !== null));

  const parts: string[] = [];
  // Grid: rings at quarters of the scale and one spoke per axis.
  for (const fraction of [0.25, 0.5, 0.75, 1]) {
    const ring = polygon(axes.map(() => max * fraction));
    parts.push(`<polygon points="${ring}" fill="none" stroke="#c8ccd2" stroke-width="0.75"/>`);
    const tick = point(0, max * fraction);
    parts.push(
      `<text x="${num(tick.x + 4)}" y="${num(tick.y + 3)}" font-size="9" fill="#5f5f5f">${num(max * fraction)}</text>`,
    );
  }
  axes.forEach((_, i) => {
    const end = point(i, max);
    parts.push(
      `<line x1="${CENTRE_X}" y1="${CENTRE_Y}" x2="${num(end.x)}" y2="${num(end.y)}" stroke="#c8ccd2" stroke-width="0.75"/>`,
    );
  });
  // Axis labels outside the outer ring, with the subject's score underneath.
  axes.forEach((axis, i) => {
    const cos = Math.cos(angle(i));
    const sin = Math.sin(angle(i));
    const anchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
    const lines = [...wrapText(axis.label, 20), formatScore(axis.value)];
    const x = CENTRE_X + (RADIUS + 14) * cos;
    const lift =
      sin < -0.3
        ? (lines.length - 1) * 13 + 4
        : sin > 0.3
          ? -10
          : ((lines.length - 1) * 13) / 2 - 4;
    const y = CENTRE_Y + (RADIUS + 14) * sin - lift + 4;
    parts.push(textBlock(lines, x, y, `font-size="11" fill="#1b1b1b" text-anchor="${anchor}"`));
  });
  // Series, drawn benchmark first so the subject's shape is on top.
  for (const s of series) {
    const values = s.values.map((v) => v ?? 0);
    parts.push(`<polygon points="${polygon(values)}" ${s.style}/>`);
    if (s.marker) {
      s.values.forEach((v, i) => {
        if (v === null) return;
        parts.push(marker(s, point(i, v)));
      });
    }
  }
  parts.push(legend(series));

  const title = options.title ?? 'Area scores';
  const description = series
    .map(
      (s) =>
        `${s.label}: ${axes.map((axis, i) => `${axis.label} ${s.values[i] === null ? 'not scored' : formatScore(s.values[i])}`).join('; ')}.`,
    )
    .join(' ');
  return (
    svgOpen({
      id: options.id ?? 'radar',
      width: WIDTH,
      height: HEIGHT,
      title,
      description: `Scores out of ${num(max)}. ${description}`,
      className: 'chart chart-radar',
    }) + `<g aria-hidden="true">${parts.join('')}</g></svg>`
  );
}

function marker(series: Series, p: { x: number; y: number }): string {
  const colour = series.key === 'value' ? '#12365a' : '#a34d00';
  if (series.marker === 'circle') {
    return `<circle cx="${num(p.x)}" cy="${num(p.y)}" r="3.5" fill="${colour}"/>`;
  }
  return `<rect x="${num(p.x - 3)}" y="${num(p.y - 3)}" width="6" height="6" fill="#ffffff" stroke="${colour}" stroke-width="1.5"/>`;
}

function legend(series: readonly Series[]): string {
  const itemWidth = WIDTH / series.length;
  return series
    .map((s, i) => {
      const x = i * itemWidth + 24;
      const y = LEGEND_Y;
      const lineStyle = s.style.replace(/fill="[^"]*"( fill-opacity="[^"]*")?/, 'fill="none"');
      const sample = `<line x1="${num(x)}" y1="${y}" x2="${num(x + 30)}" y2="${y}" ${lineStyle}/>`;
      const mark = s.marker ? marker(s, { x: x + 15, y }) : '';
      return `${sample}${mark}<text x="${num(x + 38)}" y="${y + 4}" font-size="11" fill="#1b1b1b">${escapeXml(s.label)}</text>`;
    })
    .join('');
}
