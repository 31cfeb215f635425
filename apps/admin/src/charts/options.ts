import type { BarSeriesOption, LineSeriesOption, RadarSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  RadarComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { BarSpec, ChartColour, ChartSeries, ChartSpec, LineSpec, RadarSpec } from './spec';

export type ChartOption = ComposeOption<
  | RadarSeriesOption
  | BarSeriesOption
  | LineSeriesOption
  | RadarComponentOption
  | GridComponentOption
  | LegendComponentOption
>;

/** GOV.UK palette colours, each at least 3:1 against white. */
const COLOURS: Record<ChartColour, string> = {
  blue: '#1d70b8',
  black: '#0b0c0c',
  purple: '#54319f',
  green: '#0f7a52',
  magenta: '#98285d',
  orange: '#b7592a',
};
const ORDER: ChartColour[] = ['blue', 'purple', 'black', 'green', 'magenta', 'orange'];
/** Markers differ too, so series can be told apart without colour. */
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow'];
const TEXT = '#0b0c0c';
const SECONDARY = '#484949';
const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif";

const colourOf = (s: ChartSeries, i: number) => COLOURS[s.colour ?? ORDER[i % ORDER.length]];
const lineType = (s: ChartSeries) => s.style ?? 'solid';
const formatValue = (v: number) => v.toLocaleString('en-GB', { maximumFractionDigits: 1 });

/** Narrower than this (CSS pixels), a chart is laid out for a phone. */
const NARROW = 480;
/** Height of one key of a stacked legend. */
const LEGEND_LINE = 24;

/** On a phone the legend's keys stack, one a line, so none is cut at the chart's edge. */
function base(series: ChartSeries[], width: number): ChartOption {
  const narrow = width < NARROW;
  return {
    animation: false,
    textStyle: { fontFamily: FONT, fontSize: 14, color: TEXT },
    legend: {
      show: series.length > 1,
      bottom: 0,
      itemGap: 16,
      textStyle: { fontFamily: FONT, fontSize: 14, color: TEXT },
      selectedMode: false,
      ...(narrow ? { orient: 'vertical' as const, left: 0, itemGap: 8 } : {}),
      // Each series' marker (circle, square, triangle...) as its key: not colour alone.
      data: series.map((x, i) => ({ name: x.name, icon: SYMBOLS[i % SYMBOLS.length] })),
    },
  };
}

function radar(spec: RadarSpec, width: number): ChartOption {
  const narrow = width < NARROW;
  return {
    ...base(spec.series, width),
    radar: {
      // "P Policies and practices" → the code above the title, so the spokes can be longer. On a
      // phone only the code: a title beside a spoke would run off the chart (the table below the
      // chart names each area).
      indicator: spec.categories.map((name) => ({
        name: narrow ? name.split(' ')[0] : name.replace(' ', '\n'),
        max: spec.max,
        min: 0,
      })),
      radius: narrow ? '62%' : '70%',
      center: ['50%', narrow ? `${50 - spec.series.length * 4}%` : '48%'],
      splitNumber: 4,
      axisName: { color: TEXT, fontFamily: FONT, fontSize: 14 },
      axisLine: { lineStyle: { color: SECONDARY } },
      splitLine: { lineStyle: { color: '#b1b4b6' } },
      splitArea: { show: false },
    },
    series: [
      {
        type: 'radar',
        silent: true,
        data: spec.series.map((s, i) => ({
          name: s.name,
          value: s.values.map((v) => v ?? 0),
          symbol: SYMBOLS[i % SYMBOLS.length],
          symbolSize: 7,
          lineStyle: { color: colourOf(s, i), width: 3, type: lineType(s) },
          itemStyle: { color: colourOf(s, i) },
          areaStyle: s.filled ? { color: colourOf(s, i), opacity: 0.12 } : undefined,
        })),
      },
    ],
  };
}

function bar(spec: BarSpec, width: number): ChartOption {
  const narrow = width < NARROW;
  const categoryAxis = {
    type: 'category' as const,
    data: spec.categories,
    axisLabel: {
      color: TEXT,
      // On a phone each category gets its share of the width, so labels never run together.
      width: spec.horizontal
        ? narrow
          ? 100
          : 150
        : narrow
          ? Math.floor((width - 48) / Math.max(1, spec.categories.length)) - 4
          : 90,
      fontSize: narrow ? 12 : 14,
      overflow: 'break' as const,
      interval: 0,
    },
    axisLine: { lineStyle: { color: SECONDARY } },
    axisTick: { show: false },
    inverse: spec.horizontal,
  };
  const valueAxis = {
    type: 'value' as const,
    max: spec.max,
    min: 0,
    minInterval: 1,
    axisLabel: { color: SECONDARY, fontSize: 13 },
    splitLine: { lineStyle: { color: '#cecece' } },
  };
  return {
    ...base(spec.series, width),
    grid: {
      left: 8,
      right: spec.horizontal ? 48 : 8,
      top: 24,
      bottom: spec.series.length < 2 ? 8 : narrow ? 8 + LEGEND_LINE * spec.series.length : 40,
      containLabel: true,
    },
    xAxis: spec.horizontal ? valueAxis : categoryAxis,
    yAxis: spec.horizontal ? categoryAxis : valueAxis,
    series: spec.series.map((s, i) => ({
      type: 'bar',
      name: s.name,
      silent: true,
      data: s.values,
      barMaxWidth: 40,
      itemStyle: {
        color: colourOf(s, i),
        borderColor: colourOf(s, i),
        borderType: lineType(s),
        borderWidth: s.style && s.style !== 'solid' ? 2 : 0,
        opacity: s.style && s.style !== 'solid' ? 0.35 : 1,
      },
      label: {
        show: true,
        position: spec.horizontal ? 'right' : 'top',
        color: TEXT,
        fontSize: 14,
        formatter: (p: { value: unknown }) =>
          typeof p.value === 'number' ? `${formatValue(p.value)}${spec.unit ?? ''}` : '',
      },
    })),
  };
}

function line(spec: LineSpec, width: number): ChartOption {
  const narrow = width < NARROW;
  return {
    ...base(spec.series, width),
    grid: {
      left: 8,
      right: 24,
      top: 24,
      bottom: spec.series.length < 2 ? 8 : narrow ? 8 + LEGEND_LINE * spec.series.length : 40,
      containLabel: true,
    },
    xAxis: {
      type: 'category',
      data: spec.categories,
      boundaryGap: true,
      axisLabel: { color: TEXT, fontSize: 14 },
      axisLine: { lineStyle: { color: SECONDARY } },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: spec.max,
      axisLabel: { color: SECONDARY, fontSize: 13 },
      splitLine: { lineStyle: { color: '#cecece' } },
    },
    series: spec.series.map((s, i) => ({
      type: 'line',
      name: s.name,
      silent: true,
      data: s.values,
      connectNulls: false,
      symbol: SYMBOLS[i % SYMBOLS.length],
      symbolSize: 9,
      lineStyle: { color: colourOf(s, i), width: 3, type: lineType(s) },
      itemStyle: { color: colourOf(s, i) },
      areaStyle: s.filled ? { color: colourOf(s, i), opacity: 0.1 } : undefined,
      label: {
        show: true,
        position: 'top',
        color: TEXT,
        fontSize: 14,
        formatter: (p: { value: unknown }) =>
          typeof p.value === 'number' ? formatValue(p.value) : '',
      },
    })),
  };
}

/** The ECharts option for a spec: static (no animation, no hover), labelled values. */
export function optionFor(spec: ChartSpec, width: number): ChartOption {
  switch (spec.kind) {
    case 'radar':
      return radar(spec, width);
    case 'bar':
      return bar(spec, width);
    case 'line':
      return line(spec, width);
  }
}
