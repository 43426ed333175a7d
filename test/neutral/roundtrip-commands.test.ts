/**
 * Round trips of every CSMS-to-station action the neutral model carries, in
 * every version: a request read as a neutral command and written back, and
 * a response read as a neutral result (with the command it answers) and
 * written back, are the generated payloads (without what the neutral model
 * does not carry, profile times in whole seconds), valid for the version,
 * with no loss reported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { commands16, commands201, commands21, keyOfVariable, variableOfKey } from '../../src/neutral/index.js';
import type { CommandCodec, CommandName } from '../../src/neutral/index.js';
import type { Json, JsonObject } from '../support/arbitraries.js';
import { assertValid, mapObjects, normalizeProfileTimes, notCarried, payloads, RUNS, unlessRefused, version, without } from './support.js';

type AnyCodec = CommandCodec<CommandName, unknown, unknown>;
const strict = { strict: true } as const;

/** A 1.6 key as it comes back: a standard key in the spec's spelling. */
const canonicalKey = (key: string) => keyOfVariable(variableOfKey(key).component, variableOfKey(key).variable) ?? key;

/** What a 1.6 payload looks like after a round trip, beyond the general rules. */
function expected16(action: string, kind: string, p: JsonObject, request: JsonObject): Json {
  if (action === 'GetConfiguration' && kind === 'request' && Array.isArray(p.key)) return { ...p, key: p.key.map((k) => canonicalKey(String(k))) };
  if (action === 'ChangeConfiguration' && kind === 'request') return { ...p, key: canonicalKey(String(p.key)) };
  if (action === 'GetConfiguration' && kind === 'response') {
    // Empty lists come back absent.
    const e = mapObjects(p, (o) => ('readonly' in o ? { ...o, key: canonicalKey(String(o.key)) } : o)) as JsonObject;
    for (const k of ['configurationKey', 'unknownKey']) if (Array.isArray(e[k]) && e[k].length === 0) delete e[k];
    return e;
  }
  // An answer without a schedule is its status alone.
  if (action === 'GetCompositeSchedule' && kind === 'response' && p.chargingSchedule === undefined) return { status: p.status! };
  if (action === 'GetCompositeSchedule' && kind === 'response') {
    // The start is scheduleStart (the schedule's own startSchedule when only it is given); the connector defaults to the one asked about.
    const { startSchedule, ...schedule } = p.chargingSchedule as JsonObject;
    const start = p.scheduleStart ?? startSchedule;
    return { ...p, connectorId: p.connectorId ?? request.connectorId!, ...(start === undefined ? {} : { scheduleStart: start }), chargingSchedule: schedule };
  }
  return p;
}

const tables = [
  { v: version('1.6'), table: commands16 as unknown as Record<string, AnyCodec> },
  { v: version('2.0.1'), table: commands201 as unknown as Record<string, AnyCodec> },
  { v: version('2.1'), table: commands21 as unknown as Record<string, AnyCodec> },
];

/** Refusals of payloads the neutral model cannot hold however written (times outside 0000-9999). */
const SKIP = ['profile-time'];

for (const { v, table } of tables) {
  for (const [action, codec] of Object.entries(table)) {
    const expected = (kind: string, p: JsonObject, request: JsonObject) => {
      const e = normalizeProfileTimes(without(p, notCarried[v.name])) as JsonObject;
      return v.name === '1.6' ? normalizeProfileTimes(expected16(action, kind, e, request)) : e;
    };

    test(`${v.name} ${action} request -> ${codec.command} -> request keeps every field`, () => {
      fc.assert(
        fc.property(payloads(v, `${action}Request`), (p) => {
          const back = unlessRefused(SKIP, () => codec.writeRequest(codec.readRequest(p), strict));
          assertValid(v, action, 'request', back);
          assert.deepEqual(back, expected('request', p, p));
        }),
        { numRuns: RUNS },
      );
    });

    test(`${v.name} ${action} response -> ${codec.command} result -> response keeps every field`, () => {
      fc.assert(
        fc.property(payloads(v, `${action}Request`), payloads(v, `${action}Response`), (request, p) => {
          // GetConfiguration answers are read against a request for every key, so the answer alone says what comes back.
          const command = action === 'GetConfiguration' ? {} : codec.readRequest(request);
          const back = unlessRefused(SKIP, () => codec.writeResponse(codec.readResponse(p, command), command, strict));
          assertValid(v, action, 'response', back);
          assert.deepEqual(back, expected('response', p, request));
        }),
        { numRuns: RUNS },
      );
    });
  }
}

test('every CSMS-to-station action each version has for a neutral command has a codec', () => {
  assert.deepEqual(Object.keys(commands16).sort(), [
    'ChangeAvailability',
    'ChangeConfiguration',
    'ClearChargingProfile',
    'DataTransfer',
    'ExtendedTriggerMessage',
    'GetCompositeSchedule',
    'GetConfiguration',
    'RemoteStartTransaction',
    'RemoteStopTransaction',
    'Reset',
    'SetChargingProfile',
    'TriggerMessage',
    'UnlockConnector',
  ]);
  const x2 = [
    'ChangeAvailability',
    'ClearChargingProfile',
    'DataTransfer',
    'GetCompositeSchedule',
    'GetVariables',
    'RequestStartTransaction',
    'RequestStopTransaction',
    'Reset',
    'SetChargingProfile',
    'SetVariables',
    'TriggerMessage',
    'UnlockConnector',
  ];
  assert.deepEqual(Object.keys(commands201).sort(), x2);
  assert.deepEqual(Object.keys(commands21).sort(), x2);
});
