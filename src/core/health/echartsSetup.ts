/**
 * ECharts with only what the health charts use (bars on a grid, the SVG renderer), so the bundle keeps the
 * tree-shaken part of the library. Required by charts.ts on the first chart, not when the bundle loads.
 */
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, SVGRenderer]);

export { echarts };
