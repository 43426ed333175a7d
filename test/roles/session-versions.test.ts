/**
 * The 1.6 and 2.1 sessions through the behaviours, over an in-memory link
 * (session.test.ts runs the 2.0.1 one): a ChargingStation and a Csms of
 * the version run the same scenarios as the WebSocket and interoperability
 * tests (test/transport/scenario*.ts), and the 2.1 session adds a SEND and a
 * CALLRESULTERROR.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BadMessageEvent } from '../../src/rpc/endpoint-options.js';
import { ChargingStation } from '../../src/roles/charging-station.js';
import { Csms } from '../../src/roles/csms.js';
import { v16 } from '../../src/v16/index.js';
import { v21 } from '../../src/v21/index.js';
import { link } from '../support/memory-transport.js';
import { csmsHandlers, expectedReceived, expectedSeen, runSession, scenarioSignals, stationHandlers, type Call, type Handlers, type ScenarioLog } from '../transport/scenario.js';
import { centralSystemHandlers16, chargePointHandlers16, expectedReceived16, expectedSeen16, runSession16, signals16 } from '../transport/scenario-16.js';
import { runAdditions21 } from '../transport/scenario-21.js';

/** A behaviour of any version and context, as the untyped scenario drives it. */
interface AnyRole {
  readonly endpoint: {
    call(action: string, payload: unknown): Promise<unknown>;
    handle(action: string, handler: (request: unknown) => unknown): unknown;
  };
}

/** The scenario's untyped calls, through the behaviour's endpoint (the typed `call` is the same call, typed per version). */
const callOf =
  (role: AnyRole): Call =>
  (action, payload) =>
    role.endpoint.call(action, payload);

/** Registers the scenario's untyped handlers on a behaviour. */
function register(role: AnyRole, handlers: Handlers, identity: string): void {
  for (const [action, fn] of Object.entries(handlers)) role.endpoint.handle(action, (request) => fn(request, identity));
}

const codeOf = (err: unknown): string | undefined => (err as { code?: string }).code;

test('1.6 session in memory: boot Pending, configuration, triggered boot, a remote transaction, data transfer', async () => {
  const log: ScenarioLog = { received: [], seen: [] };
  const { signals, ...waits } = signals16();
  const station = new ChargingStation(v16, { context: { identity: 'CP-16' } });
  const csms = new Csms(v16, { context: { identity: 'CP-16' } });
  const bad: BadMessageEvent[] = [];
  station.on('badMessage', (e) => bad.push(e));
  csms.on('badMessage', (e) => bad.push(e));
  register(csms, centralSystemHandlers16(log, signals), 'CP-16');
  register(station, chargePointHandlers16(log, () => callOf(station)), 'CP-16');
  const wire = link(station, csms);
  try {
    await runSession16(callOf(station), callOf(csms), waits, codeOf);
    assert.deepEqual(log.received, expectedReceived16('CP-16'));
    assert.deepEqual(log.seen, expectedSeen16);
    assert.equal(csms.registrationStatus, 'Accepted');
    assert.equal(station.registrationStatus, 'Accepted');
    // The only refused frame is the ClearCache nobody handles.
    assert.deepEqual(bad.map((b) => [b.code, b.reason]), [['NotSupported', 'ClearCache is not supported']]);
    // Every frame on the wire is a 1.6 frame: CALL, CALLRESULT, CALLERROR.
    assert.ok(wire.log.every((f) => [2, 3, 4].includes((JSON.parse(f.text) as number[])[0]!)));
  } finally {
    wire.disconnect();
    station.close();
    csms.close();
  }
});

test('2.1 session in memory: the 2.0.1 session in 2.1, a SEND while a CALL is outstanding, a CALLRESULTERROR', async () => {
  const log: ScenarioLog = { received: [], seen: [] };
  const { signals, ...waits } = scenarioSignals();
  // The station checks nothing it answers, so that it can send the CSMS an invalid CALLRESULT.
  const station = new ChargingStation(v21, { context: { identity: 'CS-21' }, validation: { outgoingResponses: 'off' } });
  const csms = new Csms(v21, { context: { identity: 'CS-21' } });
  register(csms, csmsHandlers(log, signals), 'CS-21');
  register(station, stationHandlers(log, () => callOf(station)), 'CS-21');
  const frames: { way: 'in' | 'out'; text: string }[] = [];
  station.observeFrames((way, text) => frames.push({ way, text }));
  const wire = link(station, csms);
  try {
    await runSession(callOf(station), callOf(csms), waits, codeOf);
    assert.deepEqual(log.received, expectedReceived('CS-21'));
    assert.deepEqual(log.seen, expectedSeen);
    await runAdditions21(station, csms, frames);
  } finally {
    wire.disconnect();
    station.close();
    csms.close();
  }
});
