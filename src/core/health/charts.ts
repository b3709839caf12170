/**
 * The health charts, drawn by Apache ECharts (Apache-2.0; its renderer zrender is BSD-3-Clause) with its
 * server-side SVG renderer: no DOM and no script, so the same static SVG goes into the self-contained HTML report
 * and into the editor's webview, whose CSP allows no inline style attribute. ECharts writes the font of each text
 * as a `style` attribute; here it becomes the equivalent SVG presentation attributes, by walking the virtual nodes
 * ECharts' SVG painter builds (the same tree its own `renderToSVGString` serializes) and serializing them here,
 * every text and attribute escaped. No `<style>` element is asked for (no CSS animation, no hover emphasis).
 */
import type * as EChartsCore from 'echarts/core';

let loaded: typeof EChartsCore | undefined;

/**
 * ECharts, required on the first chart. Bundled, './echartsSetup' is a bundle of its own beside dist/forge.js and
 * dist/cli.js (scripts/build.mjs), so the issue picker, which shares dist/forge.js, never parses it.
 */
function echarts(): typeof EChartsCore {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose, see above
  loaded ??= (require('./echartsSetup') as typeof import('./echartsSetup')).echarts;
  return loaded;
}

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** What the bar's end says, e.g. "3" or "4.5 h". */
  readonly text: string;
}

export interface ChartColors {
  /** Text and axis labels; `currentColor` follows the page's text colour (the editor's theme). */
  readonly text: string;
  readonly bar: string;
  readonly grid: string;
}

export const LIGHT: ChartColors = { text: '#222222', bar: '#3b6fd4', grid: '#d8dbe2' };
/** For a webview: text in the theme's colour, bars and lines that read on light and dark backgrounds. */
export const THEMED: ChartColors = { text: 'currentColor', bar: '#4f7fe0', grid: '#80808066' };

/** What zrender's SVG painter builds before serializing (zrender/lib/svg/core.d.ts `SVGVNode`). */
interface VNode {
  tag: string;
  attrs: Record<string, string | number | boolean | undefined>;
  children?: VNode[];
  text?: string;
}
interface SvgPainter {
  renderToVNode(opts: { animation: boolean; emphasis: boolean; willUpdate: boolean; compress: boolean; useViewBox: boolean }): VNode;
}

const ROW = 30;
const WIDTH = 560;

/** Horizontal bars, one row each, labelled on the left and with their text at the end; a static SVG string. */
export function barChartSvg(title: string, bars: readonly Bar[], colors: ChartColors = LIGHT): string {
  const height = Math.max(1, bars.length) * ROW + 24;
  const chart = echarts().init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height });
  try {
    chart.setOption({
      animation: false,
      aria: { enabled: false },
      textStyle: { fontFamily: 'system-ui, sans-serif', fontSize: 12 },
      grid: { left: 170, right: 70, top: 4, bottom: 20 },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { color: colors.text }, splitLine: { lineStyle: { color: colors.grid } } },
      // Categories run bottom-up in ECharts; reversed, the first bar is on top like the list beside it.
      yAxis: { type: 'category', inverse: true, data: bars.map((b) => b.label), axisLabel: { color: colors.text, width: 160, overflow: 'truncate' }, axisLine: { lineStyle: { color: colors.grid } }, axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          barMaxWidth: 18,
          itemStyle: { color: colors.bar, borderRadius: 2 },
          data: bars.map((b) => ({ value: b.value, label: { show: true, position: 'right', formatter: b.text, color: colors.text } })),
        },
      ],
    });
    const painter = chart.getZr().painter as unknown as SvgPainter;
    const root = painter.renderToVNode({ animation: false, emphasis: false, willUpdate: false, compress: true, useViewBox: true });
    root.attrs.role = 'img';
    root.attrs['aria-label'] = title;
    return serialize(withoutStyleAttributes(root));
  } finally {
    chart.dispose();
  }
}

/** The `style` attribute's declarations as presentation attributes (font-size, font-family...): same look, no inline CSS. */
function withoutStyleAttributes(node: VNode): VNode {
  const { style, ...attrs } = node.attrs;
  if (typeof style === 'string') {
    for (const declaration of style.split(';')) {
      const colon = declaration.indexOf(':');
      const name = declaration.slice(0, colon).trim();
      // Only what SVG has a presentation attribute for; anything else (a CSS `font:` shorthand) is dropped.
      if (colon > 0 && PRESENTATION.has(name)) attrs[name] = declaration.slice(colon + 1).trim();
    }
  }
  return { ...node, attrs, children: node.children?.filter((c) => c.tag !== 'style').map(withoutStyleAttributes) };
}

const PRESENTATION = new Set(['font-size', 'font-family', 'font-style', 'font-weight', 'fill', 'stroke', 'opacity']);

function serialize(node: VNode): string {
  const attrs = Object.entries(node.attrs)
    .filter((a): a is [string, string | number | true] => a[1] !== undefined && a[1] !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escape(String(value))}"`))
    .join('');
  return `<${node.tag}${attrs}>${escape(node.text ?? '')}${(node.children ?? []).map(serialize).join('')}</${node.tag}>`;
}

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
