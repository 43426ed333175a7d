// A transaction's power over time as an SVG line, its energy beside it.
import { h } from './vendor/preact.mjs';
import htm from './vendor/htm.mjs';

const html = htm.bind(h);
const W = 640;
const H = 180;
const PAD = { left: 48, right: 12, top: 12, bottom: 28 };

function niceMax(v) {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((m) => m >= v);
}

function clock(ms) {
  return new Date(ms).toISOString().slice(11, 19);
}

/** samples: [time ms, power W | null, energy Wh][] */
export function PowerChart({ samples, transaction }) {
  const points = samples.filter((s) => s[1] !== null);
  if (points.length === 0) return html`<p class="muted chart-empty">No power readings yet for ${transaction.transactionId}.</p>`;
  const t0 = points[0][0];
  const t1 = Math.max(points[points.length - 1][0], t0 + 1000);
  const maxKw = niceMax(Math.max(...points.map((p) => p[1])) / 1000);
  const x = (t) => PAD.left + ((t - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (w) => H - PAD.bottom - (w / 1000 / maxKw) * (H - PAD.top - PAD.bottom);
  // A step line: power holds until the next reading.
  let d = '';
  points.forEach((p, i) => {
    d += i === 0 ? `M${x(p[0]).toFixed(1)},${y(p[1]).toFixed(1)}` : `H${x(p[0]).toFixed(1)}V${y(p[1]).toFixed(1)}`;
  });
  const ticks = [0, maxKw / 2, maxKw];
  return html`<figure class="chart">
    <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${`power of transaction ${transaction.transactionId}`}>
      ${ticks.map((k) => html`<g><line class="grid" x1=${PAD.left} x2=${W - PAD.right} y1=${y(k * 1000)} y2=${y(k * 1000)} /><text class="axis" x=${PAD.left - 6} y=${y(k * 1000) + 4} text-anchor="end">${k} kW</text></g>`)}
      <text class="axis" x=${PAD.left} y=${H - 8}>${clock(t0)}</text>
      <text class="axis" x=${W - PAD.right} y=${H - 8} text-anchor="end">${clock(t1)}</text>
      <path class="power" d=${d} />
      ${points.map((p) => html`<circle class="dot" cx=${x(p[0])} cy=${y(p[1])} r="2.5"><title>${clock(p[0])}: ${(p[1] / 1000).toFixed(2)} kW, ${(p[2] / 1000).toFixed(3)} kWh</title></circle>`)}
    </svg>
    <figcaption>Power of ${transaction.transactionId} at ${transaction.station}: ${points.length} reading${points.length === 1 ? '' : 's'}, ${(transaction.energyWh / 1000).toFixed(3)} kWh delivered</figcaption>
  </figure>`;
}
