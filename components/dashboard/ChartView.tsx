/**
 * One chart.js chart on a canvas. The chart is made once and updated in place when the
 * data changes (no animation: a week switch redraws at once). Where a canvas cannot be
 * drawn (tests under happy-dom), the canvas stays empty; the tables say the same.
 * Every category label is drawn (no auto-skipping, rotated when crowded), and a click on a
 * bar or slice reports which series and label it was (the dashboard's drill-down).
 */
import { useEffect, useRef } from 'preact/hooks';
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { GUARD_COLORS } from '@/lib/log/labels';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Legend, Tooltip);

export interface ChartSeries {
  label: string;
  color: string;
  values: number[];
}

export interface ChartProps {
  name: string;
  title: string;
  type: 'bar' | 'doughnut';
  labels: string[];
  series: ChartSeries[];
  stacked?: boolean;
  horizontal?: boolean;
  /** A bar (or slice) was clicked: its series and label index. */
  onSelect?(series: number, label: number): void;
}

/** Canvas height: a horizontal chart gets room for every label. */
export function chartHeight({ horizontal, labels }: Pick<ChartProps, 'horizontal' | 'labels'>): number {
  return horizontal ? Math.max(240, 40 + labels.length * 26) : 260;
}

export function chartConfig(props: ChartProps): ChartConfiguration {
  const { type, labels, series, stacked, horizontal, onSelect } = props;
  const onClick = (_event: unknown, elements: Array<{ datasetIndex: number; index: number }>) => {
    const [hit] = elements;
    if (hit && onSelect) onSelect(hit.datasetIndex, hit.index);
  };
  if (type === 'doughnut') {
    const [only] = series;
    return {
      type: 'doughnut',
      data: { labels, datasets: [{ label: only?.label ?? '', data: only?.values ?? [], backgroundColor: labels.map((_, i) => GUARD_COLORS[i % GUARD_COLORS.length]) }] },
      options: { animation: false, responsive: true, maintainAspectRatio: false, onClick, plugins: { legend: { position: 'right' } } },
    };
  }
  // Every label drawn: a skipped label is a bar nobody can name.
  const categoryTicks = { autoSkip: false, maxRotation: 50, minRotation: 0 };
  return {
    type: 'bar',
    data: { labels, datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.color, borderColor: '#1f2933', borderWidth: 0.5 })) },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: horizontal ? 'y' : 'x',
      onClick,
      scales: horizontal
        ? { x: { stacked, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked, ticks: categoryTicks } }
        : { x: { stacked, ticks: categoryTicks }, y: { stacked, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
    },
  };
}

export function ChartView(props: ChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);
  // The latest handler, so a click after a re-render drills into the current data.
  const select = useRef(props.onSelect);
  select.current = props.onSelect;

  useEffect(() => {
    const element = canvas.current;
    if (!element || typeof element.getContext !== 'function' || !element.getContext('2d')) return;
    const next = chartConfig({ ...props, onSelect: (s, l) => select.current?.(s, l) });
    if (chart.current && (chart.current.config as { type?: string }).type === props.type) {
      chart.current.data = next.data;
      chart.current.update('none');
    } else {
      chart.current?.destroy();
      chart.current = new Chart(element, next);
    }
  }, [props.labels, props.series, props.type]);

  useEffect(() => () => chart.current?.destroy(), []);

  return (
    <figure class="dash-chart" data-chart={props.name}>
      <figcaption>{props.title}</figcaption>
      <div class="dash-canvas" style={{ height: `${chartHeight(props)}px` }}>
        <canvas ref={canvas} role="img" aria-label={props.title} style={props.onSelect ? { cursor: 'pointer' } : undefined} />
      </div>
    </figure>
  );
}
