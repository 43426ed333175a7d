// The form to send a station any action of its version, generated from the
// version's model as data (every message, data type and enumeration with
// its constraints), and checked with the version's own validators, the
// ones the CSMS runs, before anything is sent. A payload that fails is not
// sent: the problems are listed and the fields at fault marked.
import { h } from './vendor/preact.mjs';
import { useEffect, useMemo, useState } from './vendor/hooks.mjs';
import htm from './vendor/htm.mjs';
import { loadVersion, sendAction } from './connection.js';

const html = htm.bind(h);

/** A value that satisfies a field's type and required parts, to start from. */
export function skeleton(model, field) {
  switch (field.type) {
    case 'object': {
      const type = model.types[field.ref] ?? model.messages[field.ref];
      const value = {};
      for (const name of type.required) value[name] = skeleton(model, type.properties[name]);
      return value;
    }
    case 'array':
      return Array.from({ length: field.minItems ?? 0 }, () => skeleton(model, field.items));
    case 'enum':
      return field.default ?? model.enums[field.enum][0];
    case 'string':
      if (field.default !== undefined) return field.default;
      if (field.format === 'date-time') return new Date().toISOString();
      // A URI must be one: an example to replace.
      if (field.format === 'uri') return 'https://example.com/';
      return 'x'.repeat(field.minLength ?? 0);
    case 'integer':
    case 'number':
      return field.default ?? Math.max(0, field.minimum ?? 0);
    case 'boolean':
      return field.default ?? false;
    default:
      return {};
  }
}

/** The actions a CSMS sends in this version, sorted. */
function csmsActions(lib) {
  return Object.keys(lib.actionTable)
    .filter((a) => lib.actionTable[a].direction !== 'StationToCsms')
    .sort();
}

function setIn(value, path, next) {
  if (path.length === 0) return next;
  const [key, ...rest] = path;
  const copy = Array.isArray(value) ? [...value] : { ...value };
  if (next === undefined && rest.length === 0) {
    if (Array.isArray(copy)) copy.splice(key, 1);
    else delete copy[key];
  } else {
    copy[key] = setIn(copy[key], rest, next);
  }
  return copy;
}

function pointer(path) {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** One field: an input for its type, with the problems the validators found at its pointer. */
function Field({ ctx, field, path, value, name, required }) {
  const at = pointer(path);
  const problems = ctx.issues.filter((i) => i.pointer === at);
  const bad = problems.length > 0 ? ' bad' : '';
  const set = (v) => ctx.update(path, v);
  const label = html`<span class="name">${name}${required ? html`<b title="required">*</b>` : ''}</span>`;
  const hint = problems.map((p) => html`<span class="problem">${p.code}: ${p.reason}</span>`);
  switch (field.type) {
    case 'object':
      return html`<${ObjectFields} ctx=${ctx} type=${field.ref} path=${path} value=${value} name=${name} required=${required} />`;
    case 'array':
      return html`<fieldset class=${'array' + bad}>
        <legend>${label} <small>list${field.minItems ? `, at least ${field.minItems}` : ''}${field.maxItems ? `, at most ${field.maxItems}` : ''}</small></legend>
        ${(Array.isArray(value) ? value : []).map(
          (item, i) => html`<div class="item">
            <${Field} ctx=${ctx} field=${field.items} path=${[...path, i]} value=${item} name=${`${name}[${i}]`} required=${true} />
            <button type="button" class="small" onClick=${() => ctx.update([...path, i], undefined)}>remove</button>
          </div>`,
        )}
        <button type="button" class="small" onClick=${() => set([...(Array.isArray(value) ? value : []), skeleton(ctx.model, field.items)])}>add ${name}</button>
        ${hint}
      </fieldset>`;
    case 'enum':
      return html`<label class=${'field' + bad}>${label}
        <select name=${at} value=${value} onChange=${(e) => set(e.target.value)}>
          ${ctx.model.enums[field.enum].includes(value) ? '' : html`<option value=${value}>${String(value)}</option>`}
          ${ctx.model.enums[field.enum].map((v) => html`<option value=${v}>${v}</option>`)}
        </select>${hint}</label>`;
    case 'boolean':
      return html`<label class=${'field' + bad}>${label}<input type="checkbox" name=${at} checked=${value === true} onChange=${(e) => set(e.target.checked)} />${hint}</label>`;
    case 'integer':
    case 'number': {
      const limits = [field.minimum !== undefined ? `≥ ${field.minimum}` : '', field.maximum !== undefined ? `≤ ${field.maximum}` : ''].filter(Boolean).join(', ');
      // What cannot be read as a number stays text, so the validators name it.
      const read = (text) => (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text);
      return html`<label class=${'field' + bad}>${label}
        <input type="text" inputmode="decimal" name=${at} value=${String(value ?? '')} placeholder=${field.type + (limits ? ` ${limits}` : '')} onInput=${(e) => set(read(e.target.value))} />${hint}</label>`;
    }
    case 'string': {
      const what = field.format ?? `string${field.maxLength !== undefined ? `, at most ${field.maxLength}` : ''}`;
      return html`<label class=${'field' + bad}>${label}
        <input type="text" name=${at} value=${value ?? ''} placeholder=${what} onInput=${(e) => set(e.target.value)} />
        ${field.format === 'date-time' ? html`<button type="button" class="small" onClick=${() => set(new Date().toISOString())}>now</button>` : ''}${hint}</label>`;
    }
    default:
      return html`<label class=${'field' + bad}>${label}<input type="text" name=${at} value=${JSON.stringify(value)} onInput=${(e) => {
        try {
          set(JSON.parse(e.target.value));
        } catch {
          /* kept until it parses */
        }
      }} />${hint}</label>`;
  }
}

/** The properties of an object type: required ones always, optional ones behind a checkbox. */
function ObjectFields({ ctx, type, path, value, name, required }) {
  const schema = ctx.model.types[type] ?? ctx.model.messages[type];
  const obj = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
  const at = pointer(path);
  const problems = ctx.issues.filter((i) => i.pointer === at);
  const rows = Object.entries(schema.properties)
    // customData is the vendor extension point every object has: left to the JSON editor.
    .filter(([prop]) => prop !== 'customData' || prop in obj)
    .map(([prop, field]) => {
      const req = schema.required.includes(prop);
      const present = prop in obj;
      const include = req
        ? ''
        : html`<label class="include"><input type="checkbox" name=${`${pointer([...path, prop])}?`} checked=${present} onChange=${(e) => ctx.update([...path, prop], e.target.checked ? skeleton(ctx.model, field) : undefined)} /> ${present ? '' : prop}</label>`;
      return html`<div class=${'row' + (present ? '' : ' absent')}>${include}${present ? html`<${Field} ctx=${ctx} field=${field} path=${[...path, prop]} value=${obj[prop]} name=${prop} required=${req} />` : ''}</div>`;
    });
  if (path.length === 0) return html`<div class="fields">${rows}${problems.map((p) => html`<p class="problem">${p.code}: ${p.reason}</p>`)}</div>`;
  return html`<fieldset class=${problems.length > 0 ? 'bad' : ''}>
    <legend><span class="name">${name}${required ? html`<b title="required">*</b>` : ''}</span> <small>${type}</small></legend>
    ${rows}${problems.map((p) => html`<span class="problem">${p.code}: ${p.reason}</span>`)}
  </fieldset>`;
}

/** The send form for one station. */
export function SendForm({ station, token }) {
  const [loaded, setLoaded] = useState(undefined);
  const [action, setAction] = useState('');
  const [payload, setPayload] = useState({});
  const [text, setText] = useState(null);
  const [outcome, setOutcome] = useState(undefined);
  const [busy, setBusy] = useState(false);
  const version = station.version ?? '2.0.1';

  useEffect(() => {
    let live = true;
    setLoaded(undefined);
    loadVersion(version).then(
      (v) => live && setLoaded(v),
      (err) => live && setLoaded({ error: String(err) }),
    );
    return () => {
      live = false;
    };
  }, [version]);

  const actions = useMemo(() => (loaded?.lib ? csmsActions(loaded.lib) : []), [loaded]);
  const choose = (name) => {
    setAction(name);
    setPayload(name ? skeleton(loaded.model, { type: 'object', ref: loaded.model.actions[name].request }) : {});
    setText(null);
    setOutcome(undefined);
  };
  useEffect(() => {
    if (loaded?.lib && !actions.includes(action)) choose(actions.includes('RequestStartTransaction') ? 'RequestStartTransaction' : actions[0] ?? '');
  }, [actions]);

  if (loaded === undefined) return html`<p class="muted">Loading the OCPP ${version} model…</p>`;
  if (loaded.error) return html`<p class="problem">Cannot load the OCPP ${version} model: ${loaded.error}</p>`;
  const { lib, model } = loaded;
  let parseError;
  let current = payload;
  if (text !== null) {
    try {
      current = JSON.parse(text);
    } catch (err) {
      parseError = err.message;
    }
  }
  const result = action && parseError === undefined ? lib.validate(action, 'request', current) : undefined;
  const issues = result && !result.ok ? result.errors : [];
  const ctx = {
    model,
    issues,
    update: (path, v) => {
      setPayload(setIn(current, path, v));
      setText(null);
      setOutcome(undefined);
    },
  };

  const submit = async (e) => {
    e.preventDefault();
    if (parseError !== undefined) return setOutcome({ refused: true, message: `not sent: the payload is not JSON (${parseError})` });
    const check = lib.validate(action, 'request', current);
    if (!check.ok) {
      return setOutcome({ refused: true, message: `not sent: ${check.errors.length} problem${check.errors.length === 1 ? '' : 's'} in the ${action} request`, errors: check.errors });
    }
    setBusy(true);
    setOutcome({ pending: true, message: `sending ${action} to ${station.identity}…` });
    try {
      const { status, body } = await sendAction(token, station.identity, action, current);
      setOutcome(status === 200 ? { ok: true, message: `${action} answered`, body: body.response } : { failed: true, message: `HTTP ${status}: ${body.error ?? ''}${body.code ? ` (${body.code})` : ''}`, body });
    } catch (err) {
      setOutcome({ failed: true, message: String(err) });
    } finally {
      setBusy(false);
    }
  };

  return html`<form id="send-form" class="send" onSubmit=${submit} novalidate>
    <div class="send-head">
      <label>Action <select name="action" value=${action} onChange=${(e) => choose(e.target.value)}>${actions.map((a) => html`<option value=${a}>${a}</option>`)}</select></label>
      <span class="muted">OCPP ${version}, to ${station.identity}${station.connected ? '' : ' (not connected)'}</span>
    </div>
    ${action ? html`<${ObjectFields} ctx=${ctx} type=${model.actions[action].request} path=${[]} value=${current} name=${action} required=${true} />` : ''}
    <details class="json">
      <summary>Payload as JSON</summary>
      <textarea name="json" rows="8" spellcheck="false" onInput=${(e) => {
        setText(e.target.value);
        setOutcome(undefined);
      }} value=${text ?? JSON.stringify(current, null, 2)}></textarea>
      ${parseError !== undefined ? html`<p class="problem">not JSON: ${parseError}</p>` : ''}
    </details>
    <div class="verdict ${issues.length > 0 || parseError !== undefined ? 'bad' : 'good'}" id="form-verdict">
      ${parseError !== undefined ? 'not JSON' : issues.length > 0 ? `${issues.length} problem${issues.length === 1 ? '' : 's'} (OCPP ${version} validators)` : `valid ${action} request`}
    </div>
    <button type="submit" disabled=${busy || !action}>Send ${action}</button>
    ${outcome ? html`<div id="send-outcome" class=${'outcome ' + (outcome.ok ? 'good' : outcome.pending ? '' : 'bad')}>
      <p>${outcome.message}</p>
      ${outcome.errors ? html`<ul>${outcome.errors.map((e) => html`<li><code>${e.pointer || '/'}</code> ${e.code}: ${e.reason}</li>`)}</ul>` : ''}
      ${outcome.body !== undefined ? html`<pre>${JSON.stringify(outcome.body, null, 2)}</pre>` : ''}
    </div>` : ''}
  </form>`;
}
