// The only module that imports ECharts: tree-shaken to the charts and components the service
// draws, with the SVG renderer (crisp at any zoom, printable, no canvas). Loaded with a dynamic
// import by chart.tsx, so it is a chunk of its own that only pages with charts fetch.
import { BarChart, LineChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, RadarComponent } from 'echarts/components';
import { init, use as register } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { optionFor } from './options';

register([
  RadarChart,
  BarChart,
  LineChart,
  RadarComponent,
  GridComponent,
  LegendComponent,
  SVGRenderer,
]);

export { init, optionFor };
