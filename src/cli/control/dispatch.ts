/**
 * The one way into the controls, for the HTTP API and the prompt alike: a
 * method, a path and a parsed JSON body in; an HTTP status and a JSON body
 * out.
 *
 *   GET  /                              what there is
 *   GET  /stations                      every station: identity, connection, registration
 *   GET  /stations/{id}                 one station's live state
 *   POST /stations/{id}/{action}        plug, unplug, present, ev, fault, disconnect, reconnect, reboot
 */
import { ACTIONS, actionNamed, checkBody } from './actions.js';
import { ControlError, type StationControl } from './types.js';

/** The stations the controls reach. */
export interface StationDirectory {
  list(): readonly StationControl[];
  get(identity: string): StationControl | undefined;
}

export interface ControlRequest {
  readonly method: string;
  /** The path, percent-encoded as in a URL. */
  readonly path: string;
  /** The parsed JSON body (undefined when there is none). */
  readonly body?: unknown;
}

export interface ControlResponse {
  readonly status: number;
  readonly body: unknown;
  /** Methods the path allows, with a 405. */
  readonly allow?: string;
  /** Close the connection after the answer (over HTTP: a body was left unread). */
  readonly close?: boolean;
}

export const ENDPOINTS = ['GET /stations', 'GET /stations/{id}', ...ACTIONS.map((a) => `POST /stations/{id}/${a.name}`)];

export async function dispatch(stations: StationDirectory, request: ControlRequest): Promise<ControlResponse> {
  try {
    return await route(stations, request);
  } catch (err) {
    if (err instanceof ControlError) return { status: err.status, body: { error: err.message } };
    return { status: 500, body: { error: 'internal error', description: err instanceof Error ? err.message : String(err) } };
  }
}

async function route(stations: StationDirectory, request: ControlRequest): Promise<ControlResponse> {
  let parts: string[];
  try {
    parts = request.path.split('?')[0]!.split('/').filter((p) => p !== '').map((p) => decodeURIComponent(p));
  } catch {
    throw new ControlError(400, 'the path is not valid percent-encoding');
  }
  const method = request.method.toUpperCase();
  const only = (allowed: 'GET' | 'POST'): ControlResponse | undefined =>
    method === allowed ? undefined : { status: 405, body: { error: `${request.method} ${request.path}: only ${allowed} is allowed here` }, allow: allowed };
  if (parts.length === 0) return only('GET') ?? { status: 200, body: { endpoints: ENDPOINTS, stations: stations.list().map((s) => s.identity) } };
  if (parts[0] !== 'stations' || parts.length > 3) throw new ControlError(404, `no route ${request.path}`);
  if (parts.length === 1) {
    return (
      only('GET') ?? {
        status: 200,
        body: {
          stations: stations.list().map((s) => {
            const snap = s.snapshot();
            return { identity: snap.identity, protocol: snap.protocol, connection: snap.connection, registration: snap.registration };
          }),
        },
      }
    );
  }
  const station = stations.get(parts[1]!);
  if (station === undefined) throw new ControlError(404, `unknown station ${JSON.stringify(parts[1])}`);
  if (parts.length === 2) return only('GET') ?? { status: 200, body: station.snapshot() };
  const action = actionNamed(parts[2]!);
  if (action === undefined) throw new ControlError(404, `unknown action ${JSON.stringify(parts[2])} (actions: ${ACTIONS.map((a) => a.name).join(', ')})`);
  const refused = only('POST');
  if (refused !== undefined) return refused;
  const body = checkBody(action, request.body);
  const result = await action.run(station, body);
  return { status: 200, body: { station: station.identity, action: action.name, ...result } };
}
