// <kns-chart>: a Chart.js line or bar chart drawn from the JSON the server sets as `config`:
//   { type: 'line' | 'bar', label, labels: [...], series: [{ label, data: [...], color }],
//     bands: [{ from, to, label }] (index ranges marked behind the lines: campaigns),
//     target: number (a dashed line across), unit: '%', max: 100, horizontal: bool }
// The numbers themselves are in a table beside it (server side), for screen readers and copying;
// the canvas is an image with a label. A tap on a bar fires `kns-bar-click` with the bar's index.
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement,
  PointElement, Tooltip,
} from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement,
  PointElement, Tooltip, annotationPlugin);

class KnsChart extends HTMLElement {
  set config(value) {
    this._config = value;
    this._draw();
  }

  get config() {
    return this._config;
  }

  connectedCallback() {
    if (!this._canvas) {
      this._canvas = document.createElement('canvas');
      this._canvas.setAttribute('role', 'img');
      this.appendChild(this._canvas);
    }
    this._draw();
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  _draw() {
    if (!this.isConnected || !this._canvas || !this._config) {
      return;
    }
    const c = JSON.parse(this._config);
    this._canvas.setAttribute('aria-label', c.label || '');
    // plain colours: the theme's custom properties may hold CSS functions a canvas cannot read
    const text = '#1f2937';
    const grid = 'rgba(0, 0, 0, 0.1)';
    const unit = c.unit || '';
    const annotations = {};
    (c.bands || []).forEach((band, i) => {
      annotations['band' + i] = {
        type: 'box', xMin: band.from - 0.5, xMax: band.to + 0.5, drawTime: 'beforeDatasetsDraw',
        backgroundColor: 'rgba(255, 193, 7, 0.18)', borderWidth: 0,
        label: { display: true, content: band.label, position: { x: 'start', y: 'start' }, color: text,
          font: { size: 11 } },
      };
    });
    if (c.target != null) {
      const line = { type: 'line', borderColor: '#c62828', borderWidth: 2, borderDash: [6, 4],
        label: { display: true, content: c.targetLabel || '', position: 'end', backgroundColor: '#c62828',
          font: { size: 11 } } };
      if (c.horizontal) {
        Object.assign(line, { xMin: c.target, xMax: c.target });
      } else {
        Object.assign(line, { yMin: c.target, yMax: c.target });
      }
      annotations.target = line;
    }
    const value = c.horizontal ? 'x' : 'y';
    const category = c.horizontal ? 'y' : 'x';
    const config = {
      type: c.type,
      data: {
        labels: c.labels,
        datasets: c.series.map((s) => ({
          label: s.label, data: s.data, borderColor: s.color, backgroundColor: s.color,
          borderWidth: c.type === 'line' ? 2 : 0, pointRadius: c.type === 'line' ? 2 : 0,
          // smooth, but never beyond the figures (a plain curve overshoots a flat stretch or 100 %)
          tension: 0.2, cubicInterpolationMode: 'monotone',
        })),
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        indexAxis: c.horizontal ? 'y' : 'x',
        scales: {
          [value]: { min: 0, max: c.max, ticks: { color: text, callback: (v) => v + unit }, grid: { color: grid } },
          [category]: { ticks: { color: text, autoSkip: !c.horizontal, maxRotation: 0 }, grid: { display: false } },
        },
        plugins: {
          legend: { display: c.series.length > 1, position: 'bottom', labels: { color: text, boxWidth: 12 } },
          tooltip: { callbacks: { label: (ctx) => ctx.dataset.label + ': ' + ctx.formattedValue + unit } },
          annotation: { annotations },
        },
        // a tap anywhere on a place's row counts, also beside a short (or empty) bar
        onClick: (event, elements, chart) => {
          const hit = chart.getElementsAtEventForMode(event, c.horizontal ? 'y' : 'index', { intersect: false }, true);
          if (hit.length) {
            this.dispatchEvent(new CustomEvent('kns-bar-click', { detail: { index: hit[0].index } }));
          }
        },
      },
    };
    if (this._chart) {
      this._chart.destroy();
    }
    this._chart = new Chart(this._canvas, config);
  }
}

customElements.define('kns-chart', KnsChart);
