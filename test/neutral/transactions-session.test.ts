/**
 * One charging session, three versions: the same facts sent by a 1.6
 * station (StartTransaction, StatusNotification, MeterValues,
 * StopTransaction), a 2.0.1 and a 2.1 station (TransactionEvents, the 2.1
 * ones in any order) give records equal field for field where the versions
 * carry the same facts. Every payload is valid for its version.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  registerReadings,
  stationMessages201,
  stationMessages21,
  stopTriggers16,
  TransactionTracker,
  writeStartTransactionResponse,
  writeStopTransactionResponse,
} from '../../src/neutral/index.js';
import type { TransactionRecord } from '../../src/neutral/index.js';
import type * as M16 from '../../src/v16/generated/messages.js';
import type * as M201 from '../../src/v201/generated/messages.js';
import type * as M21 from '../../src/v21/generated/messages.js';
import { assertValid, version } from './support.js';

const v16 = version('1.6');

/** The facts of a session, whatever the version. */
interface Session {
  readonly evseId: number;
  readonly token: string;
  readonly remoteStartId: number | undefined;
  readonly reservationId: number | undefined;
  readonly start: number;
  readonly meterStart: number;
  readonly increments: readonly number[];
  readonly charging: boolean;
  readonly stopReason: 'Local' | 'Remote' | 'EVDisconnected' | 'DeAuthorized' | 'EmergencyStop' | 'PowerLoss' | 'Reboot' | 'Other';
  /** Local stops only: the token that stopped it, and whether 1.6 omits the reason (Local by default). */
  readonly stopToken: boolean;
  readonly omitLocal: boolean;
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const QUARTER = 15 * 60 * 1000;
const time = (s: Session, i: number) => iso(s.start + i * QUARTER);
const meterAt = (s: Session, i: number) => s.meterStart + s.increments.slice(0, i).reduce((a, b) => a + b, 0);
const last = (s: Session) => s.increments.length + 1;

const session: fc.Arbitrary<Session> = fc.record({
  evseId: fc.integer({ min: 1, max: 4 }),
  token: fc.stringMatching(/^[0-9A-F]{8,20}$/),
  remoteStartId: fc.option(fc.integer({ min: 1, max: 1e6 }), { nil: undefined }),
  reservationId: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
  start: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => ms - (ms % 1000)),
  meterStart: fc.integer({ min: 0, max: 10_000_000 }),
  increments: fc.array(fc.integer({ min: 0, max: 20_000 }), { maxLength: 5 }),
  charging: fc.boolean(),
  stopReason: fc.constantFrom('Local', 'Remote', 'EVDisconnected', 'DeAuthorized', 'EmergencyStop', 'PowerLoss', 'Reboot', 'Other'),
  stopToken: fc.boolean(),
  omitLocal: fc.boolean(),
});

/** The session from a 1.6 station, through the tracker, the CSMS answering each message. */
async function run16(s: Session): Promise<TransactionRecord> {
  const tracker = new TransactionTracker();
  if (s.remoteStartId !== undefined) tracker.expectRemoteStart({ remoteStartId: s.remoteStartId, idTag: s.token, evseId: s.evseId });
  const start: M16.StartTransactionRequest = { connectorId: s.evseId, idTag: s.token, meterStart: s.meterStart, timestamp: time(s, 0) };
  if (s.reservationId !== undefined) start.reservationId = s.reservationId;
  assertValid(v16, 'StartTransaction', 'request', start);
  const { transactionId } = await tracker.startTransaction16(start);
  assertValid(v16, 'StartTransaction', 'response', writeStartTransactionResponse({ idTokenInfo: { status: 'Accepted' } }, transactionId));
  if (s.charging) tracker.statusNotification16({ connectorId: s.evseId, errorCode: 'NoError', status: 'Charging', timestamp: time(s, 0) });
  s.increments.forEach((_, i) => {
    const mv: M16.MeterValuesRequest & { transactionId: number } = {
      connectorId: s.evseId,
      transactionId,
      meterValue: [{ timestamp: time(s, i + 1), sampledValue: [{ value: String(meterAt(s, i + 1)), context: 'Sample.Periodic', measurand: 'Energy.Active.Import.Register', unit: 'Wh' }] }],
    };
    assertValid(v16, 'MeterValues', 'request', mv);
    tracker.meterValues16(mv);
  });
  const stop: M16.StopTransactionRequest = { transactionId, meterStop: meterAt(s, last(s)), timestamp: time(s, last(s)) };
  if (!(s.stopReason === 'Local' && s.omitLocal)) stop.reason = s.stopReason;
  if (s.stopReason === 'Local' && s.stopToken) stop.idTag = s.token;
  assertValid(v16, 'StopTransaction', 'request', stop);
  const { record } = tracker.stopTransaction16(stop);
  assertValid(v16, 'StopTransaction', 'response', writeStopTransactionResponse({ idTokenInfo: { status: 'Accepted' } }));
  return record;
}

/** The session's TransactionEvents, as a 2.x station sends them (2.1's types hold 2.0.1's). */
function events2x(s: Session, id: string): M21.TransactionEventRequest[] {
  const token = { idToken: s.token, type: 'ISO14443' };
  const started: M21.TransactionEventRequest = {
    eventType: 'Started',
    timestamp: time(s, 0),
    triggerReason: s.remoteStartId === undefined ? 'Authorized' : 'RemoteStart',
    seqNo: 0,
    transactionInfo: { transactionId: id, ...(s.charging ? { chargingState: 'Charging' } : {}), ...(s.remoteStartId === undefined ? {} : { remoteStartId: s.remoteStartId }) },
    evse: { id: s.evseId, connectorId: 1 },
    idToken: token,
    meterValue: [{ timestamp: time(s, 0), sampledValue: [{ value: s.meterStart, context: 'Transaction.Begin' }] }],
    ...(s.reservationId === undefined ? {} : { reservationId: s.reservationId }),
  };
  const updates: M21.TransactionEventRequest[] = s.increments.map((_, i) => ({
    eventType: 'Updated',
    timestamp: time(s, i + 1),
    triggerReason: 'MeterValuePeriodic',
    seqNo: i + 1,
    transactionInfo: { transactionId: id },
    meterValue: [{ timestamp: time(s, i + 1), sampledValue: [{ value: meterAt(s, i + 1), context: 'Sample.Periodic', measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } }] }],
  }));
  const ended: M21.TransactionEventRequest = {
    eventType: 'Ended',
    timestamp: time(s, last(s)),
    triggerReason: stopTriggers16[s.stopReason],
    seqNo: last(s),
    transactionInfo: { transactionId: id, ...(s.stopReason === 'Local' && s.omitLocal ? {} : { stoppedReason: s.stopReason }) },
    meterValue: [{ timestamp: time(s, last(s)), sampledValue: [{ value: meterAt(s, last(s)), context: 'Transaction.End' }] }],
    ...(s.stopReason === 'Local' && s.stopToken ? { idToken: token } : {}),
  };
  return [started, ...updates, ended];
}

/** The session from a 2.x station, events in the given order. */
function run2x(name: '2.0.1' | '2.1', s: Session, order: readonly number[]): TransactionRecord {
  const v = version(name);
  // Validated against the version just before it is read, so the 2.0.1 codec gets a 2.0.1 payload.
  const read = (e: M21.TransactionEventRequest) =>
    name === '2.0.1' ? stationMessages201.TransactionEvent.readRequest(e as unknown as M201.TransactionEventRequest) : stationMessages21.TransactionEvent.readRequest(e);
  const answer = name === '2.0.1' ? stationMessages201.TransactionEvent.writeResponse : stationMessages21.TransactionEvent.writeResponse;
  const tracker = new TransactionTracker();
  const events = events2x(s, `tx-${name}-${s.token}`);
  const sorted = events.map((e, i) => ({ e, k: order[i] ?? i })).sort((a, b) => a.k - b.k);
  for (const { e } of sorted) {
    assertValid(v, 'TransactionEvent', 'request', e);
    tracker.transactionEvent(read(e));
    assertValid(v, 'TransactionEvent', 'response', answer({ idTokenInfo: { status: 'Accepted', groupIdToken: { id: 'G', type: 'Central' } } }));
  }
  return tracker.get(`tx-${name}-${s.token}`)!;
}

/** What every version says of a transaction: all but the id and the form of the meter values. */
function facts(r: TransactionRecord) {
  return {
    state: r.state,
    evseId: r.evseId,
    connectorId: r.connectorId,
    idToken: r.idToken?.id,
    stopIdToken: r.stopIdToken?.id,
    startedAt: r.startedAt,
    stoppedAt: r.stoppedAt,
    meterStart: r.meterStart,
    meterStop: r.meterStop,
    energyWh: r.energyWh,
    stopReason: r.stopReason,
    remoteStartId: r.remoteStartId,
    reservationId: r.reservationId,
    chargingState: r.chargingState,
    offline: r.offline,
    seqNos: r.seqNos,
    periodic: registerReadings(r.meterValues)
      .filter((x) => x.context === 'Sample.Periodic')
      .map((x) => [x.timestamp, x.wh]),
  };
}

test('the same session from a 1.6, a 2.0.1 and a 2.1 station (2.1 events in any order) gives records equal field for field', async () => {
  await fc.assert(
    fc.asyncProperty(session, fc.array(fc.integer(), { minLength: 8, maxLength: 8 }), async (s, order) => {
      const r16 = await run16(s);
      const r201 = run2x('2.0.1', s, []);
      const r21 = run2x('2.1', s, order);
      assert.deepEqual(facts(r201), facts(r16));
      assert.deepEqual(facts(r21), facts(r16));
      assert.equal(r16.state, 'Ended');
      assert.equal(r16.energyWh, meterAt(s, last(s)) - s.meterStart);
      assert.equal(r16.stopReason, s.stopReason);
    }),
    { numRuns: 100 },
  );
});

test('a worked session: remote start, charging, two readings, remote stop (TC_E_21_CSMS; 1.6 5.11, 5.12)', async () => {
  const s: Session = {
    evseId: 1,
    token: 'ABC123',
    remoteStartId: 77,
    reservationId: undefined,
    start: Date.UTC(2025, 2, 1, 10),
    meterStart: 1000,
    increments: [3000, 3000],
    charging: true,
    stopReason: 'Remote',
    stopToken: false,
    omitLocal: false,
  };
  const r16 = await run16(s);
  assert.deepEqual(facts(r16), {
    state: 'Ended',
    evseId: 1,
    connectorId: 1,
    idToken: 'ABC123',
    stopIdToken: undefined,
    startedAt: '2025-03-01T10:00:00Z',
    stoppedAt: '2025-03-01T10:45:00Z',
    meterStart: 1000,
    meterStop: 7000,
    energyWh: 6000,
    stopReason: 'Remote',
    remoteStartId: 77,
    reservationId: undefined,
    chargingState: 'Charging',
    offline: false,
    seqNos: [0, 1, 2, 3],
    periodic: [
      ['2025-03-01T10:15:00Z', 4000],
      ['2025-03-01T10:30:00Z', 7000],
    ],
  });
  assert.deepEqual(facts(run2x('2.0.1', s, [])), facts(r16));
  assert.equal(r16.id, '1');
});
