// Management of stations, tokens and certificates, for a CSMS that has the
// services: each panel appears only when the server offers its routes.
// Lists load when the page opens and again when any page changes them (the
// server pushes a `manage` event); nothing polls.
import { h } from './vendor/preact.mjs';
import { useEffect, useState } from './vendor/hooks.mjs';
import htm from './vendor/htm.mjs';
import { request } from './connection.js';

const html = htm.bind(h);
const TOKEN_STATUSES = ['Accepted', 'Blocked', 'Expired', 'Invalid', 'ConcurrentTx', 'NoCredit', 'NotAllowedTypeEVSE', 'NotAtThisLocation', 'NotAtThisTime', 'Unknown'];
const TOKEN_TYPES = ['', 'Central', 'eMAID', 'ISO14443', 'ISO15693', 'KeyCode', 'Local', 'MacAddress', 'NoAuthorization'];

/** A list from the API, loaded again whenever `version` changes; with the last problem. */
function useList(token, path, key, version) {
  const [list, setList] = useState([]);
  const [problem, setProblem] = useState(undefined);
  useEffect(() => {
    request(token, 'GET', path).then(({ status, body }) => (status === 200 ? setList(key ? body[key] : body) : setProblem(body.error ?? `HTTP ${status}`)));
  }, [token, version]);
  const act = async (method, url, body) => {
    const { status, body: answer } = await request(token, method, url, body);
    setProblem(status < 300 ? undefined : (answer.error ?? `HTTP ${status}`));
    return status < 300 ? answer : undefined;
  };
  return { list, problem, act };
}

/** The values of a form's named fields, empty ones left out. */
function values(form) {
  const out = {};
  for (const el of form.elements) if (el.name && el.value !== '') out[el.name] = el.value;
  return out;
}

function Stations({ token, version }) {
  const { list, problem, act } = useList(token, 'api/manage/stations', 'stations', version);
  const add = async (e) => {
    e.preventDefault();
    const v = values(e.target);
    if (await act('POST', 'api/manage/stations', { ...v, ...(v.securityProfile !== undefined && { securityProfile: Number(v.securityProfile) }) })) e.target.reset();
  };
  return html`<div class="panel" id="manage-stations"><h3>Stations</h3>
    <table><thead><tr><th>Identity</th><th>Profile</th><th>Registration</th><th>Password</th><th></th></tr></thead>
      <tbody>${list.map(
        (s) => html`<tr data-identity=${s.identity}>
          <td>${s.identity}</td><td>${s.securityProfile ?? 0}${s.pendingSecurityProfile !== undefined ? ` → ${s.pendingSecurityProfile}` : ''}</td>
          <td>${s.registration ?? 'Unknown'}</td><td>${s.hasPassword ? (s.changingPassword ? 'set (changing)' : 'set') : '–'}</td>
          <td><form class="inline" onSubmit=${(e) => (e.preventDefault(), act('PATCH', `api/manage/stations/${encodeURIComponent(s.identity)}`, { password: e.target.password.value }))}>
              <input type="password" name="password" placeholder="new password" autocomplete="new-password" /><button class="small">set</button></form>
            <button class="small" onClick=${() => act('DELETE', `api/manage/stations/${encodeURIComponent(s.identity)}`)}>remove</button></td>
        </tr>`,
      )}</tbody></table>
    <form class="add" onSubmit=${add}>
      <input name="identity" placeholder="identity" required />
      <input type="password" name="password" placeholder="password (profiles 1, 2)" autocomplete="new-password" />
      <select name="securityProfile">${[0, 1, 2, 3].map((p) => html`<option value=${p}>profile ${p}</option>`)}</select>
      <select name="registration"><option value="">not registered</option><option value="Accepted">pre-registered (Accepted)</option></select>
      <button>Add station</button>
    </form>
    ${problem ? html`<p class="problem">${problem}</p>` : ''}
  </div>`;
}

function Tokens({ token, version }) {
  const { list, problem, act } = useList(token, 'api/manage/tokens', 'tokens', version);
  const add = async (e) => {
    e.preventDefault();
    if (await act('POST', 'api/manage/tokens', values(e.target))) e.target.reset();
  };
  return html`<div class="panel" id="manage-tokens"><h3>idTokens</h3>
    <table><thead><tr><th>idToken</th><th>Type</th><th>Status</th><th>Expires</th><th>Group</th><th></th></tr></thead>
      <tbody>${list.map(
        (t) => html`<tr data-token=${t.idToken}>
          <td>${t.idToken}</td><td>${t.type ?? 'any'}</td>
          <td><select name="status" value=${t.status} onChange=${(e) => act('PATCH', `api/manage/tokens/${encodeURIComponent(t.idToken)}`, { status: e.target.value })}>${TOKEN_STATUSES.map((s) => html`<option value=${s}>${s}</option>`)}</select></td>
          <td>${t.expiresAt ?? '–'}</td><td>${t.groupId ?? '–'}</td>
          <td><button class="small" onClick=${() => act('DELETE', `api/manage/tokens/${encodeURIComponent(t.idToken)}`)}>delete</button></td>
        </tr>`,
      )}</tbody></table>
    <form class="add" onSubmit=${add}>
      <input name="idToken" placeholder="idToken" required />
      <select name="type">${TOKEN_TYPES.map((t) => html`<option value=${t}>${t || 'any type'}</option>`)}</select>
      <select name="status">${TOKEN_STATUSES.map((s) => html`<option value=${s}>${s}</option>`)}</select>
      <input name="expiresAt" placeholder="expires (RFC 3339)" />
      <input name="groupId" placeholder="group idToken" />
      <button>Add idToken</button>
    </form>
    ${problem ? html`<p class="problem">${problem}</p>` : ''}
  </div>`;
}

function Certificates({ token, version }) {
  const [ca, setCa] = useState(undefined);
  const [result, setResult] = useState(undefined);
  const [problem, setProblem] = useState(undefined);
  useEffect(() => {
    request(token, 'GET', 'api/manage/certificates').then(({ status, body }) => (status === 200 ? setCa(body) : setProblem(body.error)));
  }, [token, version]);
  const sign = async (e) => {
    e.preventDefault();
    const { status, body } = await request(token, 'POST', 'api/manage/certificates', values(e.target));
    setProblem(status === 201 ? undefined : body.error ?? `HTTP ${status}`);
    setResult(status === 201 ? body : undefined);
  };
  return html`<div class="panel" id="manage-certificates"><h3>Certificate authority</h3>
    ${ca ? html`<p>${ca.subject} <span class="muted">valid until ${ca.notAfter}</span></p>
      <details><summary>CA certificate (PEM)</summary><pre>${ca.certificate}</pre></details>
      ${ca.issued.length > 0 ? html`<table><thead><tr><th>Issued to</th><th>Serial</th><th>Until</th></tr></thead><tbody>${ca.issued.map((c) => html`<tr><td>${c.subject}</td><td><code>${c.serialNumber}</code></td><td>${c.notAfter}</td></tr>`)}</tbody></table>` : ''}` : ''}
    <form class="add csr" onSubmit=${sign}>
      <textarea name="csr" rows="4" placeholder="-----BEGIN CERTIFICATE REQUEST-----" required></textarea>
      <input name="identity" placeholder="station identity (CN)" />
      <select name="use"><option value="ChargingStationCertificate">ChargingStationCertificate</option><option value="V2GCertificate">V2GCertificate</option></select>
      <button>Sign CSR</button>
    </form>
    ${result ? html`<div class="outcome good" id="signed"><p>Signed: ${result.subject}, serial ${result.serialNumber}, until ${result.notAfter}</p><pre>${result.certificate}</pre></div>` : ''}
    ${problem ? html`<p class="problem">${problem}</p>` : ''}
  </div>`;
}

/** The management panels the server offers; nothing when it offers none. */
export function Management({ token, version }) {
  const [offered, setOffered] = useState(undefined);
  useEffect(() => {
    request(token, 'GET', 'api/manage').then(({ status, body }) => setOffered(status === 200 ? body : undefined));
  }, [token]);
  if (!offered || !(offered.stations || offered.tokens || offered.certificates)) return null;
  return html`<section class="wide" id="manage"><h2>Management</h2><div class="panels">
    ${offered.stations ? html`<${Stations} token=${token} version=${version} />` : ''}
    ${offered.tokens ? html`<${Tokens} token=${token} version=${version} />` : ''}
    ${offered.certificates ? html`<${Certificates} token=${token} version=${version} />` : ''}
  </div></section>`;
}
