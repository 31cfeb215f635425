/**
 * What a page asks the chart wrapper to draw, in the page's terms (areas, scores, counts). The
 * wrapper turns a spec into an ECharts option in the lazily loaded chunk, so pages carry no
 * chart code of their own.
 */

/** A line on a chart: `style` sets how it differs from the others besides colour. */
export interface ChartSeries {
  name: string;
  /** One value per category (null where there is none). */
  values: (number | null)[];
  style?: 'solid' | 'dashed' | 'dotted';
  colour?: ChartColour;
  /** Shade the area it encloses (radar) or below it (line). */
  filled?: boolean;
}

/** Colours with at least 3:1 contrast against white (WCAG 1.4.11 for graphical objects). */
export type ChartColour = 'blue' | 'black' | 'purple' | 'green' | 'magenta' | 'orange';

/** Scores of each PIES area (the spokes) for one or more series: the agency, an average, the benchmark. */
export interface RadarSpec {
  kind: 'radar';
  /** Spoke labels, e.g. "P Policies and practices". */
  categories: string[];
  /** Top of every spoke (100 for scores). */
  max: number;
  series: ChartSeries[];
}

/** Bars, one per category (horizontal when the labels are long). */
export interface BarSpec {
  kind: 'bar';
  categories: string[];
  series: ChartSeries[];
  horizontal?: boolean;
  max?: number;
  /** e.g. " agencies"; shown after each bar's value. */
  unit?: string;
}

/** Values over time (e.g. overall score by cycle). */
export interface LineSpec {
  kind: 'line';
  categories: string[];
  series: ChartSeries[];
  max?: number;
}

export type ChartSpec = RadarSpec | BarSpec | LineSpec;
