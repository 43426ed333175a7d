/**
 * The control actions and their bodies, declared once: the HTTP API checks
 * a POSTed body against them, the prompt builds the same body from its
 * words, and both run the action through dispatch().
 */
import { ControlError, FAULT_CODES, type ActionResult, type FaultCode, type StationControl } from './types.js';

export interface FieldSpec {
  readonly type: 'integer' | 'number' | 'string' | 'boolean';
  readonly required: boolean;
  /** The values a string may take. */
  readonly choices?: readonly string[];
  readonly description: string;
}

export interface ActionSpec {
  readonly name: string;
  readonly summary: string;
  readonly fields: { readonly [name: string]: FieldSpec };
  run(station: StationControl, body: Body): Promise<ActionResult>;
}

/** A checked body: fields of the declared types. */
export type Body = { readonly [name: string]: string | number | boolean | undefined };

const evseId: FieldSpec = { type: 'integer', required: true, description: 'EVSE id (1, 2, ...)' };
const connectorId: FieldSpec = { type: 'integer', required: true, description: 'connector id within the EVSE (1, 2, ...)' };

const int = (b: Body, k: string): number => b[k] as number;
const optInt = (b: Body, k: string): number | undefined => b[k] as number | undefined;

export const ACTIONS: readonly ActionSpec[] = [
  {
    name: 'plug',
    summary: 'a cable is plugged in (no idToken implied)',
    fields: { evseId, connectorId },
    run: (s, b) => s.plug(int(b, 'evseId'), int(b, 'connectorId')),
  },
  {
    name: 'unplug',
    summary: 'the cable is removed',
    fields: { evseId, connectorId },
    run: (s, b) => s.unplug(int(b, 'evseId'), int(b, 'connectorId')),
  },
  {
    name: 'present',
    summary: 'an idToken is presented at the reader (of one EVSE, or the station)',
    fields: {
      idToken: { type: 'string', required: true, description: 'the idToken' },
      type: { type: 'string', required: true, description: 'its type, e.g. ISO14443' },
      evseId: { ...evseId, required: false },
    },
    run: (s, b) => s.present(b['idToken'] as string, b['type'] as string, optInt(b, 'evseId')),
  },
  {
    name: 'ev',
    summary: 'the EV starts (charging: true) or stops (false: SuspendedEV) drawing energy',
    fields: {
      evseId,
      charging: { type: 'boolean', required: true, description: 'true: the EV draws energy; false: it suspends' },
      powerW: { type: 'number', required: false, description: 'the most the EV draws, W' },
    },
    run: (s, b) => s.ev(int(b, 'evseId'), b['charging'] as boolean, b['powerW'] as number | undefined),
  },
  {
    name: 'fault',
    summary: 'a fault is raised on a connector, or cleared when errorCode is absent',
    fields: { evseId, connectorId, errorCode: { type: 'string', required: false, choices: FAULT_CODES, description: 'the fault' } },
    run: (s, b) => s.fault(int(b, 'evseId'), int(b, 'connectorId'), b['errorCode'] as FaultCode | undefined),
  },
  { name: 'disconnect', summary: 'the network connection drops and stays down', fields: {}, run: (s) => s.disconnect() },
  { name: 'reconnect', summary: 'the network connection is restored', fields: {}, run: (s) => s.reconnect() },
  { name: 'reboot', summary: 'a power cycle', fields: {}, run: (s) => s.reboot() },
];

export function actionNamed(name: string): ActionSpec | undefined {
  return ACTIONS.find((a) => a.name === name);
}

/** Checks a parsed JSON body against an action's fields (400 with the first problem). */
export function checkBody(action: ActionSpec, body: unknown): Body {
  if (body === undefined || body === null) body = {};
  if (typeof body !== 'object' || Array.isArray(body)) throw new ControlError(400, 'the body must be a JSON object');
  const given = body as Record<string, unknown>;
  const unknown = Object.keys(given).find((k) => !(k in action.fields));
  if (unknown !== undefined) {
    const known = Object.keys(action.fields);
    throw new ControlError(400, `${action.name} has no field ${JSON.stringify(unknown)}${known.length > 0 ? ` (fields: ${known.join(', ')})` : ' (it takes no body)'}`);
  }
  const out: Record<string, string | number | boolean | undefined> = {};
  for (const [name, spec] of Object.entries(action.fields)) {
    const value = given[name];
    if (value === undefined || value === null) {
      if (spec.required) throw new ControlError(400, `${action.name} needs ${name}: ${spec.description}`);
      continue;
    }
    out[name] = checkValue(action.name, name, spec, value);
  }
  return out;
}

function checkValue(action: string, name: string, spec: FieldSpec, value: unknown): string | number | boolean {
  const wrong = (what: string): ControlError => new ControlError(400, `${action}: ${name} must be ${what}, not ${JSON.stringify(value)}`);
  switch (spec.type) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw wrong('a non-negative integer');
      return value;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw wrong('a number');
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw wrong('true or false');
      return value;
    case 'string':
      if (typeof value !== 'string') throw wrong('a string');
      if (spec.choices !== undefined && !spec.choices.includes(value)) throw wrong(`one of ${spec.choices.join(', ')}`);
      return value;
  }
}
