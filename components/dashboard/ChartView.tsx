/**
 * One chart.js chart on a canvas. The chart is made once and updated in place when the
 * data changes (no animation: a week switch redraws at once). Where a canvas cannot be
 * drawn (tests under happy-dom), the canvas stays empty; the counts table says the same.
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

Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Legend, Tooltip);

export interface ChartSeries {
  label: string;
  color: string;
  values: number[];
}

interface Props {
  name: string;
  title: string;
  type: 'bar' | 'doughnut';
  labels: string[];
  series: ChartSeries[];
  stacked?: boolean;
  horizontal?: boolean;
}

function config({ type, labels, series, stacked, horizontal }: Props): ChartConfiguration {
  if (type === 'doughnut') {
    const [only] = series;
    return {
      type: 'doughnut',
      data: { labels, datasets: [{ label: only?.label ?? '', data: only?.values ?? [], backgroundColor: labels.map((_, i) => ['#2f855a', '#3182ce', '#c05621'][i % 3]) }] },
      options: { animation: false, responsive: true, maintainAspectRatio: false, plugins: { legend: { position: 'right' } } },
    };
  }
  return {
    type: 'bar',
    data: { labels, datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.color })) },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: horizontal ? 'y' : 'x',
      scales: { x: { stacked }, y: { stacked, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
    },
  };
}

export function ChartView(props: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);

  useEffect(() => {
    const element = canvas.current;
    if (!element || typeof element.getContext !== 'function' || !element.getContext('2d')) return;
    const next = config(props);
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
      <div class="dash-canvas">
        <canvas ref={canvas} role="img" aria-label={props.title} />
      </div>
    </figure>
  );
}
