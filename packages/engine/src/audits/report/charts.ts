/**
 * The report's charts: ECharts options rendered to static SVG by ECharts' server-side renderer
 * (decision 0042). No animation, fixed sizes, so the same report gives the same SVG.
 */
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, SVGRenderer]);

export const CHART_WIDTH = 660;
const PALETTE = ["#2f6db5", "#e07b39", "#3a9a5b", "#c4424d", "#7d5ba6", "#8c6d31", "#4aa3b5", "#b5b52f"];

/** One chart as an SVG string, with an accessible name. */
export function renderChart(option: Record<string, unknown>, name: string, height = 300): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: CHART_WIDTH, height });
  chart.setOption({ animation: false, color: PALETTE, textStyle: { fontFamily: "sans-serif" }, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg.replace("<svg ", `<svg role="img" aria-label="${escapeAttr(name)}" `);
}

export function escapeAttr(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export interface Series {
  name: string;
  values: (number | null)[];
}

export function groupedBars(title: string, categories: string[], series: Series[], yName: string): string {
  return renderChart(
    {
      title: { text: title, left: 0, textStyle: { fontSize: 14 } },
      legend: { top: 26, right: 0, data: series.map((s) => s.name) },
      grid: { left: 48, right: 16, top: 64, bottom: 72 },
      xAxis: { type: "category", data: categories, axisLabel: { interval: 0, rotate: categories.length > 4 ? 20 : 0 } },
      yAxis: { type: "value", name: yName, max: 100 },
      series: series.map((s) => ({ type: "bar", name: s.name, data: s.values })),
    },
    title,
    340,
  );
}

export function lines(title: string, categories: string[], series: Series[], yName: string): string {
  return renderChart(
    {
      title: { text: title, left: 0, textStyle: { fontSize: 14 } },
      legend: { top: 26, right: 0, data: series.map((s) => s.name) },
      grid: { left: 48, right: 16, top: 64, bottom: 32 },
      xAxis: { type: "category", data: categories },
      yAxis: { type: "value", name: yName },
      series: series.map((s) => ({ type: "line", name: s.name, data: s.values, symbolSize: 6 })),
    },
    title,
  );
}

export function stackedBars(title: string, categories: string[], series: Series[]): string {
  return renderChart(
    {
      title: { text: title, left: 0, textStyle: { fontSize: 14 } },
      legend: { top: 26, right: 0, data: series.map((s) => s.name) },
      grid: { left: 140, right: 16, top: 64, bottom: 32 },
      yAxis: { type: "category", data: categories },
      xAxis: { type: "value" },
      series: series.map((s) => ({ type: "bar", stack: "all", name: s.name, data: s.values })),
    },
    title,
    Math.max(180, 90 + categories.length * 40),
  );
}

export function horizontalBars(title: string, categories: string[], values: number[], xName: string): string {
  return renderChart(
    {
      title: { text: title, left: 0, textStyle: { fontSize: 14 } },
      grid: { left: 80, right: 40, top: 40, bottom: 32 },
      yAxis: { type: "category", data: categories, inverse: true },
      xAxis: { type: "value", name: xName },
      series: [{ type: "bar", data: values, label: { show: true, position: "right" } }],
    },
    title,
    Math.max(160, 70 + categories.length * 36),
  );
}
