// Talking to the CSMS: the API token, the event stream, sending an action.
// The token comes from the page's address (#token=..., which a browser never
// sends to a server), is kept for this tab only, and goes out as a Bearer
// header. EventSource cannot send headers, so the server-sent events are
// read from a fetch() body.

const TOKEN_KEY = 'ocpp-dashboard-token';

/** The API token, taken from the address on first load (and removed from it). */
export function loadToken() {
  const m = /(?:^#|&)token=([^&]*)/.exec(location.hash);
  if (m !== null) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(m[1]));
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
}

export function saveToken(token) {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

function headers(token, extra = {}) {
  return token ? { ...extra, Authorization: `Bearer ${token}` } : extra;
}

/**
 * Follows the event stream: `onEvent(name, data)` for each event (first a
 * `snapshot`), `onStatus(status)` with 'live', 'reconnecting' or
 * 'unauthorized'. Reconnects after a break, waiting longer each time (up to
 * 10 s). Returns a function that stops it.
 */
export function follow(token, onEvent, onStatus) {
  let stopped = false;
  let controller;
  let wait = 500;
  const connect = async () => {
    controller = new AbortController();
    try {
      const res = await fetch('api/events', { headers: headers(token, { Accept: 'text/event-stream' }), signal: controller.signal, cache: 'no-store' });
      if (res.status === 401 || res.status === 403) {
        onStatus('unauthorized', (await res.json().catch(() => ({}))).error);
        return;
      }
      if (!res.ok || res.body === null) throw new Error(`HTTP ${res.status}`);
      onStatus('live');
      wait = 500;
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let name = 'message';
          let data = '';
          for (const line of block.split('\n')) {
            if (line.startsWith('event: ')) name = line.slice(7);
            else if (line.startsWith('data: ')) data += line.slice(6);
          }
          if (data !== '') onEvent(name, JSON.parse(data));
        }
      }
    } catch (err) {
      if (stopped) return;
    }
    if (stopped) return;
    onStatus('reconnecting');
    setTimeout(connect, wait);
    wait = Math.min(wait * 2, 10_000);
  };
  connect();
  return () => {
    stopped = true;
    controller?.abort();
  };
}

/** POSTs an action's payload; resolves with the HTTP status and the JSON answer. */
export async function sendAction(token, identity, action, payload) {
  const res = await fetch(`api/stations/${encodeURIComponent(identity)}/calls/${encodeURIComponent(action)}`, {
    method: 'POST',
    headers: headers(token, { 'Content-Type': 'application/json' }),
    body: JSON.stringify(payload),
  });
  return { status: res.status, body: await res.json().catch(() => ({})) };
}

const FOLDERS = { '1.6': 'v16', '2.0.1': 'v201', '2.1': 'v21' };
const versions = new Map();

/**
 * The library's own modules of a version, loaded once: its validators and
 * action table (the public entry) and its model as data.
 */
export function loadVersion(version) {
  const folder = FOLDERS[version];
  if (folder === undefined) return Promise.reject(new Error(`no OCPP version ${version}`));
  if (!versions.has(version)) {
    versions.set(version, Promise.all([import(`../lib/${folder}/index.js`), import(`../lib/${folder}/model.js`)]).then(([lib, { model }]) => ({ lib, model })));
  }
  return versions.get(version);
}

/** A JSON request to the dashboard's API; resolves with the HTTP status and the JSON answer. */
export async function request(token, method, path, body) {
  const res = await fetch(path, {
    method,
    headers: headers(token, body !== undefined || method !== 'GET' ? { 'Content-Type': 'application/json' } : {}),
    ...(body !== undefined && { body: JSON.stringify(body) }),
    cache: 'no-store',
  });
  return { status: res.status, body: await res.json().catch(() => ({})) };
}
