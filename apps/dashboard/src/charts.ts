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
import type { QuarterPoint } from './model';
import { PHASE_COLOURS, PHASE_LABELS, PROGRAMME_PHASES, type ProgrammePhase } from './phases';

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
// Dark text and grid (contrast), no animation (calm for everyone, and reduced motion).
Chart.defaults.color = '#1f1f1f';
Chart.defaults.borderColor = '#c8c8c8';
Chart.defaults.font.family = getComputedStyle(document.body).fontFamily || 'system-ui, sans-serif';
Chart.defaults.animation = false;
Chart.defaults.locale = 'nl-NL';

const OUTLINE = '#1f1f1f';

/** The spread curve: programmes started per quarter (bars) and in total (line). */
export class SpreadChart {
  private readonly chart: Chart<'bar' | 'line', number[], string>;

  constructor(canvas: HTMLCanvasElement) {
    this.chart = new Chart<'bar' | 'line', number[], string>(canvas, {
      type: 'bar',
      data: {
        labels: [],
        datasets: [
          {
            type: 'bar',
            label: 'Gestart in het kwartaal',
            data: [],
            backgroundColor: '#56B4E9',
            borderColor: OUTLINE,
            borderWidth: 1,
            order: 2,
          },
          {
            type: 'line',
            label: 'Totaal gestart (cumulatief)',
            data: [],
            borderColor: '#0072B2',
            backgroundColor: '#0072B2',
            borderWidth: 3,
            pointRadius: 3,
            order: 1,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'programma’s' } },
          x: { title: { display: true, text: 'kwartaal (start)' } },
        },
        plugins: { legend: { position: 'bottom' } },
      },
    });
  }

  update(points: QuarterPoint[]): void {
    this.chart.data.labels = points.map((p) => p.quarter);
    this.chart.data.datasets[0]!.data = points.map((p) => p.count);
    this.chart.data.datasets[1]!.data = points.map((p) => p.cumulative);
    this.chart.update();
  }

  destroy(): void {
    this.chart.destroy();
  }
}

/** Programmes per phase, each bar in its phase's colour (the map's legend). */
export class PhaseChart {
  private readonly chart: Chart<'bar', number[], string>;

  constructor(canvas: HTMLCanvasElement) {
    this.chart = new Chart<'bar', number[], string>(canvas, {
      type: 'bar',
      data: {
        labels: PROGRAMME_PHASES.map((p) => PHASE_LABELS[p]),
        datasets: [
          {
            label: 'Programma’s',
            data: PROGRAMME_PHASES.map(() => 0),
            backgroundColor: PROGRAMME_PHASES.map((p) => PHASE_COLOURS[p]),
            borderColor: OUTLINE,
            borderWidth: 1,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'programma’s' } } },
        plugins: { legend: { display: false } },
      },
    });
  }

  update(counts: Record<ProgrammePhase, number>): void {
    this.chart.data.datasets[0]!.data = PROGRAMME_PHASES.map((p) => counts[p]);
    this.chart.update();
  }

  destroy(): void {
    this.chart.destroy();
  }
}
