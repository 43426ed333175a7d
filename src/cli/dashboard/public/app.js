// The dashboard page: stations, their EVSEs and connectors, transactions
// with a power chart, the send form and the live frame log, all kept
// current by the server's event stream (no polling).
import { h, render } from './vendor/preact.mjs';
import { useEffect, useReducer, useState } from './vendor/hooks.mjs';
import htm from './vendor/htm.mjs';
import { follow, loadToken, saveToken } from './connection.js';
import { PowerChart } from './chart.js';
import { SendForm } from './form.js';
import { Management } from './manage.js';

const html = htm.bind(h);
const MAX_FRAMES = 1000;
const MAX_SAMPLES = 2000;
const TYPES = { 2: 'CALL', 3: 'CALLRESULT', 4: 'CALLERROR', 5: 'CALLRESULTERROR', 6: 'SEND' };

const initial = { stations: {}, transactions: {}, samples: {}, frames: [], status: 'connecting', problem: undefined, manage: 0 };

function sampleOf(t) {
  const time = Date.parse(t.updatedAt);
  return [Number.isFinite(time) ? time : Date.now(), t.powerW ?? null, t.energyWh];
}

function reduce(state, { name, data }) {
  switch (name) {
    case 'status':
      return { ...state, status: data.status, problem: data.problem };
    case 'snapshot':
      return {
        ...state,
        stations: Object.fromEntries(data.stations.map((s) => [s.identity, s])),
        transactions: Object.fromEntries(data.transactions.map((t) => [t.transactionId, t])),
        samples: data.samples,
        frames: data.frames.slice(-MAX_FRAMES),
      };
    case 'station':
      return { ...state, stations: { ...state.stations, [data.identity]: data } };
    case 'transaction': {
      const list = [...(state.samples[data.transactionId] ?? []), sampleOf(data)].slice(-MAX_SAMPLES);
      return { ...state, transactions: { ...state.transactions, [data.transactionId]: data }, samples: { ...state.samples, [data.transactionId]: list } };
    }
    case 'manage':
      return { ...state, manage: state.manage + 1 };
    case 'frame': {
      const frames = state.frames.length >= MAX_FRAMES ? [...state.frames.slice(1 - MAX_FRAMES), data] : [...state.frames, data];
      return { ...state, frames };
    }
    default:
      return state;
  }
}

const kWh = (wh) => `${(wh / 1000).toFixed(3)} kWh`;
const kW = (w) => (w === undefined || w === null ? '–' : `${(w / 1000).toFixed(2)} kW`);
const time = (iso) => (iso ? iso.slice(11, 23) : '–');

function Stations({ stations, selected, select }) {
  const list = Object.values(stations).sort((a, b) => a.identity.localeCompare(b.identity));
  if (list.length === 0) return html`<p class="muted">No station has connected yet.</p>`;
  return html`<table id="stations">
    <thead><tr><th>Station</th><th>OCPP</th><th>Registration</th><th>Connection</th><th>Profile</th><th>Vendor / model</th><th>Last heartbeat</th></tr></thead>
    <tbody>${list.map(
      (s) => html`<tr class=${s.identity === selected ? 'selected' : ''} data-station=${s.identity} onClick=${() => select(s.identity)}>
        <td><b>${s.identity}</b></td>
        <td>${s.version ?? '–'}</td>
        <td><span class=${`badge reg-${s.registration}`}>${s.registration}</span></td>
        <td><span class=${s.connected ? 'badge on' : 'badge off'}>${s.connected ? 'connected' : 'disconnected'}</span></td>
        <td>${s.securityProfile ?? '–'}</td>
        <td>${[s.vendorName, s.model].filter(Boolean).join(' / ') || '–'}${s.firmwareVersion ? html` <small class="muted">${s.firmwareVersion}</small>` : ''}</td>
        <td>${time(s.lastHeartbeat)}</td>
      </tr>`,
    )}</tbody>
  </table>`;
}

function Connectors({ station }) {
  if (station.connectors.length === 0) return html`<p class="muted">${station.identity} has reported no connector status yet.</p>`;
  const evses = new Map();
  for (const c of station.connectors) evses.set(c.evseId, [...(evses.get(c.evseId) ?? []), c]);
  return html`<div class="evses" id="connectors">${[...evses].map(
    ([evseId, connectors]) => html`<div class="evse"><h4>EVSE ${evseId}</h4>${connectors.map(
      (c) => html`<div class="connector" data-connector=${`${c.evseId}/${c.connectorId}`}>
        connector ${c.connectorId} <span class=${`badge st-${c.status}`}>${c.status}</span> <small class="muted">${time(c.timestamp)}</small>
      </div>`,
    )}</div>`,
  )}</div>`;
}

function Transactions({ transactions, samples, station, chart, setChart }) {
  const list = Object.values(transactions)
    .filter((t) => station === undefined || t.station === station)
    .sort((a, b) => (a.state === b.state ? b.startedAt.localeCompare(a.startedAt) : a.state === 'Active' ? -1 : 1));
  if (list.length === 0) return html`<p class="muted">No transactions${station ? ` at ${station}` : ''} yet.</p>`;
  const shown = transactions[chart] ?? list[0];
  return html`<table id="transactions">
      <thead><tr><th>Transaction</th><th>Station</th><th>EVSE</th><th>State</th><th>Charging</th><th>idToken</th><th>Energy</th><th>Power</th><th>SoC</th><th>Started</th></tr></thead>
      <tbody>${list.map(
        (t) => html`<tr class=${t.transactionId === shown.transactionId ? 'selected' : ''} data-transaction=${t.transactionId} onClick=${() => setChart(t.transactionId)}>
          <td><code>${t.transactionId}</code></td><td>${t.station}</td><td>${t.evseId ?? '–'}${t.connectorId !== undefined ? `/${t.connectorId}` : ''}</td>
          <td><span class=${t.state === 'Active' ? 'badge on' : 'badge off'}>${t.state}</span>${t.stoppedReason ? html` <small>${t.stoppedReason}</small>` : ''}</td>
          <td>${t.chargingState ?? '–'}</td><td>${t.idToken ?? '–'}</td><td class="energy">${kWh(t.energyWh)}</td><td>${kW(t.powerW)}</td><td>${t.soc !== undefined ? `${t.soc} %` : '–'}</td><td>${time(t.startedAt)}</td>
        </tr>`,
      )}</tbody>
    </table>
    <${PowerChart} samples=${samples[shown.transactionId] ?? []} transaction=${shown} />`;
}

function FrameLog({ frames, station }) {
  const [invalidOnly, setInvalidOnly] = useState(false);
  const [mine, setMine] = useState(true);
  const shown = frames.filter((f) => (!mine || station === undefined || f.station === station) && (!invalidOnly || !f.valid || f.messageType === 4)).slice(-200).reverse();
  const invalid = frames.filter((f) => !f.valid).length;
  const errors = frames.filter((f) => f.messageType === 4 || f.messageType === 5).length;
  return html`<div class="log-controls">
      <label><input type="checkbox" checked=${mine} onChange=${(e) => setMine(e.target.checked)} /> this station only</label>
      <label><input type="checkbox" checked=${invalidOnly} onChange=${(e) => setInvalidOnly(e.target.checked)} /> invalid and CALLERROR only</label>
      <span class="muted">${frames.length} frames kept, ${invalid} invalid, ${errors} CALLERROR</span>
    </div>
    <div class="scroll"><table id="frames" class="frames">
      <thead><tr><th>Time</th><th>Station</th><th></th><th>Type</th><th>Action</th><th>Verdict</th><th>Frame</th></tr></thead>
      <tbody>${shown.map((f) => {
        const type = TYPES[f.messageType] ?? '?';
        const callError = f.messageType === 4 || f.messageType === 5;
        const errorCode = callError ? (() => { try { return JSON.parse(f.text)[2]; } catch { return undefined; } })() : undefined;
        return html`<tr class=${[callError ? 'callerror' : '', f.valid ? '' : 'invalid'].join(' ')} data-direction=${f.direction} data-type=${type} data-action=${f.action ?? ''}>
          <td>${time(f.time)}</td><td>${f.station}</td>
          <td title=${f.direction === 'StationToCsms' ? 'station to CSMS' : 'CSMS to station'}>${f.direction === 'StationToCsms' ? '→' : '←'}</td>
          <td>${callError ? html`<span class="badge err">${type}</span>` : type}</td>
          <td>${f.action ?? ''}${errorCode ? html` <b class="code">${errorCode}</b>` : ''}</td>
          <td class="verdict">${f.valid ? html`<span class="ok" title="valid">✓ valid</span>` : html`<span class="ko" title=${f.issues.map((i) => `${i.pointer || '/'} ${i.code}: ${i.reason}`).join('\n')}>✗ ${f.issues.filter((i) => i.severity === 'error').map((i) => `${i.code} at ${i.pointer || '/'}`).join(', ')}</span>`}</td>
          <td class="text"><details><summary><code>${f.text.length > 120 ? `${f.text.slice(0, 120)}…` : f.text}</code></summary><pre>${f.text}</pre></details></td>
        </tr>`;
      })}</tbody>
    </table></div>`;
}

function TokenForm({ problem, onToken }) {
  const [value, setValue] = useState('');
  return html`<form class="token" onSubmit=${(e) => (e.preventDefault(), onToken(value))}>
    <p>${problem ?? 'This CSMS needs its API token.'} Open the dashboard as <code>http://HOST:PORT/dashboard/#token=TOKEN</code>, or give it here (kept for this tab only).</p>
    <input type="password" name="token" value=${value} onInput=${(e) => setValue(e.target.value)} autocomplete="off" />
    <button type="submit">Use token</button>
  </form>`;
}

function App() {
  const [token, setToken] = useState(loadToken);
  const [state, dispatch] = useReducer(reduce, initial);
  const [selected, setSelected] = useState(undefined);
  const [chart, setChart] = useState(undefined);

  useEffect(
    () =>
      follow(
        token,
        (name, data) => dispatch({ name, data }),
        (status, problem) => dispatch({ name: 'status', data: { status, problem } }),
      ),
    [token],
  );

  const stations = state.stations;
  const current = stations[selected] ?? Object.values(stations).sort((a, b) => a.identity.localeCompare(b.identity))[0];
  const totals = Object.values(state.transactions);
  return html`<header>
      <h1>ocpp csms</h1>
      <span id="live" class=${`live ${state.status}`}>${state.status}</span>
      <span class="muted">${Object.values(stations).filter((s) => s.connected).length} of ${Object.keys(stations).length} stations connected · ${totals.filter((t) => t.state === 'Active').length} active transactions · ${kWh(totals.reduce((a, t) => a + t.energyWh, 0))}</span>
    </header>
    ${state.status === 'unauthorized'
      ? html`<${TokenForm} problem=${state.problem} onToken=${(t) => (saveToken(t), setToken(t))} />`
      : html`<main>
          <section class="wide"><h2>Stations</h2><${Stations} stations=${stations} selected=${current?.identity} select=${setSelected} /></section>
          ${current
            ? html`<section><h2>${current.identity}: EVSEs and connectors</h2><${Connectors} station=${current} /></section>
                <section><h2>Send to ${current.identity}</h2><${SendForm} key=${current.identity} station=${current} token=${token} /></section>`
            : ''}
          <section class="wide"><h2>Transactions${current ? ` at ${current.identity}` : ''}</h2><${Transactions} transactions=${state.transactions} samples=${state.samples} station=${current?.identity} chart=${chart} setChart=${setChart} /></section>
          <section class="wide"><h2>Frames</h2><${FrameLog} frames=${state.frames} station=${current?.identity} /></section>
          <${Management} token=${token} version=${state.manage} />
        </main>`}`;
}

const root = document.getElementById('app');
root.textContent = '';
render(html`<${App} />`, root);
