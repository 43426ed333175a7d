import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { actionNames, handleCall, maySend, v201, validate, type CallFrame, type TransactionEventRequest } from '../../src/index.js';
import { model } from '../../src/v201/model.js';
import { CsmsState, registerWh } from '../../src/cli/csms/state.js';
import { messageArbitrary } from '../support/arbitraries.js';

const stationToCsms = actionNames.filter((a) => maySend(a, 'Station'));
const ctx = { identity: 'CS001' };

describe('test CSMS: answers to every station-to-CSMS action', () => {
  it('answers generated valid requests of every action with a valid CALLRESULT', async () => {
    const state = new CsmsState();
    const handlers = state.handlers();
    let n = 0;
    for (const action of stationToCsms) {
      assert.equal(typeof (handlers as Record<string, unknown>)[action], 'function', `${action} has a handler`);
      for (const request of fc.sample(messageArbitrary(model, model.actions[action]!.request), { numRuns: 40, seed: 11 })) {
        const frame: CallFrame = [2, `m${n++}`, action, request];
        const reply = (await handleCall(v201, handlers, frame, { side: 'Csms', context: ctx }))!;
        assert.equal(reply[0], 3, `${action}: ${JSON.stringify(reply)}`);
        assert.ok(validate(action, 'response', reply[2]).ok, action);
      }
    }
  });
});

describe('test CSMS: state', () => {
  it('B01-B03: BootNotification Accepted with the interval, or Pending until acceptAfter, or Rejected', () => {
    const boot = { chargingStation: { model: 'M', vendorName: 'V' }, reason: 'PowerUp' as const };
    const accepted = new CsmsState({ heartbeatIntervalS: 42 }).handlers();
    const a = accepted.BootNotification!(boot, { ...ctx, messageId: '1', action: 'BootNotification' });
    assert.deepEqual([(a as { status: string }).status, (a as { interval: number }).interval], ['Accepted', 42]);
    const pendingState = new CsmsState({ bootStatus: 'Pending', acceptAfter: 2, retryIntervalS: 5 });
    const pending = pendingState.handlers();
    const statuses = [1, 2, 3].map(() => (pending.BootNotification!(boot, { ...ctx, messageId: '1', action: 'BootNotification' }) as { status: string; interval: number }));
    assert.deepEqual(statuses.map((s) => s.status), ['Pending', 'Pending', 'Accepted']);
    assert.equal(statuses[0]!.interval, 5);
    assert.equal(pendingState.station('CS001').boots, 3);
    const rejected = new CsmsState({ bootStatus: 'Rejected' }).handlers();
    assert.equal((rejected.BootNotification!(boot, { ...ctx, messageId: '1', action: 'BootNotification' }) as { status: string }).status, 'Rejected');
  });

  it('C01: Authorize from the allow-list, Unknown for others; accept-all without a list', () => {
    const listed = new CsmsState({ idTokens: new Map([['A', 'Accepted'], ['B', 'Blocked']]) });
    assert.equal(listed.idTokenInfo({ idToken: 'A', type: 'ISO14443' }).status, 'Accepted');
    assert.equal(listed.idTokenInfo({ idToken: 'B', type: 'ISO14443' }).status, 'Blocked');
    assert.equal(listed.idTokenInfo({ idToken: 'C', type: 'ISO14443' }).status, 'Unknown');
    assert.equal(new CsmsState().idTokenInfo({ idToken: 'C', type: 'ISO14443' }).status, 'Accepted');
  });

  it('E01-E07: TransactionEvents tracked per transactionId with energy, state and idToken', () => {
    const state = new CsmsState();
    const started: string[] = [];
    const ended: string[] = [];
    state.on('transactionStarted', (t) => started.push(t.transactionId));
    state.on('transactionEnded', (t) => ended.push(t.transactionId));
    const mv = (wh: number, unit = 'Wh') => [{ timestamp: '2025-01-01T00:00:00Z', sampledValue: [{ value: wh, unitOfMeasure: { unit } }, { value: 11000, measurand: 'Power.Active.Import' as const }] }];
    const ev = (eventType: 'Started' | 'Updated' | 'Ended', seqNo: number, extra: Partial<TransactionEventRequest> = {}): TransactionEventRequest => ({
      eventType,
      timestamp: `2025-01-01T00:0${seqNo}:00Z`,
      triggerReason: 'MeterValuePeriodic',
      seqNo,
      transactionInfo: { transactionId: 'T1', chargingState: 'Charging' },
      ...extra,
    });
    state.transactionEvent('CS001', ev('Started', 0, { evse: { id: 1, connectorId: 1 }, idToken: { idToken: 'A', type: 'ISO14443' }, meterValue: mv(1000) }));
    state.transactionEvent('CS001', ev('Updated', 1, { meterValue: mv(1.5, 'kWh') }));
    const tx = state.transactionEvent('CS001', ev('Ended', 2, { meterValue: mv(2200), transactionInfo: { transactionId: 'T1', stoppedReason: 'Remote' } }));
    assert.equal(tx.state, 'Ended');
    assert.equal(tx.energyWh, 1200);
    assert.equal(tx.stoppedReason, 'Remote');
    assert.equal(tx.evseId, 1);
    assert.equal(tx.idToken?.idToken, 'A');
    assert.equal(tx.lastSeqNo, 2);
    assert.deepEqual([started, ended], [['T1'], ['T1']]);
    // The events come through the facade as a station's would: the station that sent them is known.
    assert.deepEqual(state.totals(), { stations: 1, connected: 0, accepted: 0, transactions: 1, active: 0, ended: 1, energyWh: 1200 });
  });

  it('registerWh applies units and multipliers and ignores per-phase values', () => {
    assert.equal(registerWh([{ timestamp: 't', sampledValue: [{ value: 2, unitOfMeasure: { unit: 'kWh', multiplier: 1 } }] }]), 20000);
    assert.equal(registerWh([{ timestamp: 't', sampledValue: [{ value: 5, phase: 'L1' }] }]), undefined);
    assert.equal(registerWh(undefined), undefined);
  });
});
