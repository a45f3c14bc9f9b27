import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';

// Chart.js lives only in this page's chunk. Every chart is an image with a name (role="img") and a
// table beside it with the same figures (the page renders those tables).
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  Legend,
);
// Calm for everyone (and reduced motion): no animation.
Chart.defaults.animation = false;

/** A theme colour (tokens.json) as the canvas needs it: the custom property's value. */
export function token(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(`--olievlek-${name}`).trim() || '#1b1f24';
}

export interface BarSeries {
  label: string;
  data: number[];
  /** One colour per bar, or one for all. */
  colours: string[] | string;
  type?: 'bar' | 'line';
}

/**
 * A bar chart (optionally with a line) on a canvas that the page names: `labelledBy` points at the
 * caption, `describedBy` at the table with the same figures.
 */
export function BarChart({
  labels,
  series,
  yTitle,
  xTitle,
  locale,
  labelledBy,
  describedBy,
  testId,
}: {
  labels: string[];
  series: BarSeries[];
  yTitle: string;
  xTitle?: string;
  locale: string;
  labelledBy: string;
  describedBy: string;
  testId: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar' | 'line', number[], string>>(undefined);
  const key = JSON.stringify({ labels, series, yTitle, xTitle, locale });
  useEffect(() => {
    if (!canvas.current) return;
    const ink = token('color-ink');
    const outline = token('color-ink');
    chart.current?.destroy();
    chart.current = new Chart<'bar' | 'line', number[], string>(canvas.current, {
      type: 'bar',
      data: {
        labels,
        datasets: series.map((s, i) => ({
          type: s.type ?? 'bar',
          label: s.label,
          data: s.data,
          backgroundColor: s.colours,
          borderColor: s.type === 'line' ? s.colours : outline,
          borderWidth: s.type === 'line' ? 3 : 1,
          order: s.type === 'line' ? 0 : i + 1,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        locale,
        color: ink,
        scales: {
          y: {
            beginAtZero: true,
            ticks: { precision: 0, color: ink },
            title: { display: true, text: yTitle, color: ink },
          },
          x: { ticks: { color: ink }, title: { display: Boolean(xTitle), text: xTitle ?? '', color: ink } },
        },
        plugins: { legend: { display: series.length > 1, position: 'bottom', labels: { color: ink } } },
      },
    });
    return () => {
      chart.current?.destroy();
      chart.current = undefined;
    };
    // Redrawn when what it shows changes (key), not on every render.
  }, [key]);
  return (
    <div className="olievlek-chart">
      <canvas
        ref={canvas}
        role="img"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        data-testid={testId}
      />
    </div>
  );
}
