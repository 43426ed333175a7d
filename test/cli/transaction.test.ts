import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validate, type TransactionEventRequest } from '../../src/index.js';
import { Meter, seededRandom, randomEv } from '../../src/cli/station/meter.js';
import { sampleV201 } from '../../src/cli/station/meter-v201.js';
import { EvseSession, type TxContext, type TxInput, type TxPoint } from '../../src/cli/station/transaction.js';

const token = { idToken: 'DRIVER-1', type: 'ISO14443' as const };

function run(inputs: TxInput[], start: TxPoint[] = ['EVConnected', 'Authorized'], stop: TxPoint[] = ['EVConnected', 'Authorized']): TransactionEventRequest[][] {
  const session = new EvseSession();
  const meter = new Meter(22000, seededRandom(1));
  meter.connect(randomEv(seededRandom(2)));
  let n = 0;
  const ctx: TxContext = {
    evseId: 1,
    startPoints: start,
    stopPoints: stop,
    measurands: { started: ['Energy.Active.Import.Register'], updated: ['Energy.Active.Import.Register', 'Power.Active.Import'], ended: ['Energy.Active.Import.Register'] },
    sample: (m, context) => sampleV201(meter, m, context),
    newTransactionId: () => `tx-${++n}`,
  };
  return inputs.map((input) => {
    const out = session.apply(input, ctx);
    for (const r of out) {
      const result = validate('TransactionEvent', 'request', r);
      assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
    }
    return out;
  });
}

/** eventType/triggerReason/chargingState of each message, per input. */
function shape(steps: TransactionEventRequest[][]): string[][] {
  return steps.map((s) => s.map((r) => `${r.eventType}/${r.triggerReason}/${r.transactionInfo.chargingState ?? '-'}`));
}

describe('transactions: TxStartPoint / TxStopPoint EVConnected,Authorized', () => {
  it('TC_E_03_CS + TC_E_06_CS: cable first, then authorize, charge, local stop, unplug', () => {
    const steps = run([
      { type: 'plug', connectorId: 1 },
      { type: 'authorize', idToken: token },
      { type: 'ev', ready: true },
      { type: 'periodic' },
      { type: 'stopAuthorize', remote: false, idToken: token },
      { type: 'unplug', stopTransaction: true },
    ]);
    assert.deepEqual(shape(steps), [
      ['Started/CablePluggedIn/EVConnected'],
      ['Updated/Authorized/EVConnected'],
      ['Updated/ChargingStateChanged/Charging'],
      ['Updated/MeterValuePeriodic/Charging'],
      ['Ended/StopAuthorized/EVConnected'],
      [],
    ]);
    const all = steps.flat();
    assert.deepEqual(all.map((r) => r.seqNo), [0, 1, 2, 3, 4]);
    assert.ok(all.every((r) => r.transactionInfo.transactionId === 'tx-1'));
    // The first event after authorization carries the idToken (Part 6 general rules).
    assert.deepEqual(steps[1]![0]!.idToken, token);
    assert.equal(steps[2]![0]!.idToken, undefined);
    assert.deepEqual(steps[0]![0]!.evse, { id: 1, connectorId: 1 });
    assert.equal(steps[4]![0]!.transactionInfo.stoppedReason, 'Local');
    assert.ok(steps[0]![0]!.meterValue !== undefined && steps[4]![0]!.meterValue !== undefined);
  });

  it('TC_E_04_CS: authorization first starts the transaction, the cable follows', () => {
    const steps = run([{ type: 'authorize', idToken: token }, { type: 'plug', connectorId: 1 }, { type: 'ev', ready: true }]);
    assert.deepEqual(shape(steps), [['Started/Authorized/Idle'], ['Updated/CablePluggedIn/EVConnected'], ['Updated/ChargingStateChanged/Charging']]);
    assert.deepEqual(steps[0]![0]!.idToken, token);
  });

  it('TC_E_05_CS: no cable within EVConnectionTimeOut ends the transaction with EVConnectTimeout / Timeout', () => {
    const steps = run([{ type: 'authorize', idToken: token }, { type: 'timeout' }]);
    assert.deepEqual(shape(steps), [['Started/Authorized/Idle'], ['Ended/EVConnectTimeout/Idle']]);
    assert.equal(steps[1]![0]!.transactionInfo.stoppedReason, 'Timeout');
  });

  it('F02 / TC_F_13: a remote start carries RemoteStart and the remoteStartId once', () => {
    const steps = run([{ type: 'authorize', idToken: token, remoteStartId: 42 }, { type: 'plug', connectorId: 1 }, { type: 'stopAuthorize', remote: true }]);
    assert.deepEqual(shape(steps), [['Started/RemoteStart/Idle'], ['Updated/CablePluggedIn/EVConnected'], ['Ended/RemoteStop/EVConnected']]);
    assert.equal(steps[0]![0]!.transactionInfo.remoteStartId, 42);
    assert.equal(steps[1]![0]!.transactionInfo.remoteStartId, undefined);
    assert.equal(steps[2]![0]!.transactionInfo.stoppedReason, 'Remote');
  });

  it('TC_E_14_CS-like: unplugging while charging ends with EVCommunicationLost / EVDisconnected', () => {
    const steps = run([{ type: 'plug', connectorId: 1 }, { type: 'authorize', idToken: token }, { type: 'ev', ready: true }, { type: 'unplug', stopTransaction: true }]);
    const ended = steps[3]![0]!;
    assert.equal(ended.eventType, 'Ended');
    assert.equal(ended.triggerReason, 'EVCommunicationLost');
    assert.equal(ended.transactionInfo.stoppedReason, 'EVDisconnected');
    assert.equal(ended.transactionInfo.chargingState, 'Idle');
  });

  it('after an Ended with the EV still plugged in, nothing starts until it is unplugged', () => {
    const steps = run([
      { type: 'plug', connectorId: 1 },
      { type: 'authorize', idToken: token },
      { type: 'stopAuthorize', remote: false, idToken: token },
      { type: 'authorize', idToken: token },
      { type: 'unplug', stopTransaction: true },
      { type: 'plug', connectorId: 1 },
    ]);
    assert.deepEqual(shape(steps).map((s) => s.length), [1, 1, 1, 0, 0, 1]);
    assert.equal(steps[5]![0]!.transactionInfo.transactionId, 'tx-2');
    assert.equal(steps[5]![0]!.seqNo, 0);
  });

  it('B11: a reset ends the transaction with ResetCommand / ImmediateReset', () => {
    const steps = run([{ type: 'plug', connectorId: 1 }, { type: 'reset' }]);
    assert.equal(steps[1]![0]!.triggerReason, 'ResetCommand');
    assert.equal(steps[1]![0]!.transactionInfo.stoppedReason, 'ImmediateReset');
  });

  it('C15: a deauthorized idToken ends it with Deauthorized / DeAuthorized', () => {
    const steps = run([{ type: 'plug', connectorId: 1 }, { type: 'authorize', idToken: token }, { type: 'deauthorize' }]);
    assert.equal(steps[2]![0]!.triggerReason, 'Deauthorized');
    assert.equal(steps[2]![0]!.transactionInfo.stoppedReason, 'DeAuthorized');
  });
});

describe('transactions: other start and stop points', () => {
  it('TC_E_01_CS: PowerPathClosed starts when both cable and authorization are there', () => {
    const steps = run([{ type: 'plug', connectorId: 1 }, { type: 'authorize', idToken: token }, { type: 'ev', ready: true }], ['PowerPathClosed'], ['PowerPathClosed']);
    assert.deepEqual(shape(steps), [[], ['Started/Authorized/EVConnected'], ['Updated/ChargingStateChanged/Charging']]);
    assert.deepEqual(steps[1]![0]!.idToken, token);
  });

  it('TC_E_02_CS: EnergyTransfer starts with the energy, and the idToken goes with it', () => {
    const steps = run([{ type: 'plug', connectorId: 1 }, { type: 'authorize', idToken: token }, { type: 'ev', ready: true }, { type: 'ev', ready: false }], ['EnergyTransfer'], ['EnergyTransfer']);
    assert.deepEqual(shape(steps), [[], [], ['Started/ChargingStateChanged/Charging'], ['Ended/ChargingStateChanged/SuspendedEV']]);
    assert.deepEqual(steps[2]![0]!.idToken, token);
    assert.equal(steps[3]![0]!.transactionInfo.stoppedReason, 'StoppedByEV');
  });

  it('TxStopPoint EVConnected only: a local stop is an Updated; the unplug ends it, stoppedReason Local', () => {
    const steps = run([{ type: 'plug', connectorId: 1 }, { type: 'authorize', idToken: token }, { type: 'stopAuthorize', remote: false, idToken: token }, { type: 'unplug', stopTransaction: true }], ['EVConnected'], ['EVConnected']);
    assert.deepEqual(shape(steps), [['Started/CablePluggedIn/EVConnected'], ['Updated/Authorized/EVConnected'], ['Updated/StopAuthorized/EVConnected'], ['Ended/EVCommunicationLost/Idle']]);
    assert.equal(steps[3]![0]!.transactionInfo.stoppedReason, 'Local');
  });
});

describe('meter', () => {
  it('the register only grows while charging, with plausible power', () => {
    const meter = new Meter(11000, seededRandom(3), 0);
    meter.connect({ capacityWh: 60000, maxPowerW: 22000, soc: 50 }, 0);
    const start = meter.energyWh;
    meter.advance(3_600_000);
    assert.equal(meter.energyWh, start);
    meter.setCharging(true, 3_600_000);
    assert.equal(meter.powerW, 11000);
    meter.advance(3_600_000 + 60_000);
    // One minute at 11 kW is 183 Wh.
    assert.ok(Math.abs(meter.energyWh - start - 183) <= 1, String(meter.energyWh - start));
    const mv = sampleV201(meter, ['Energy.Active.Import.Register', 'Power.Active.Import', 'Current.Import', 'Voltage', 'SoC'], 'Sample.Periodic', 3_660_000);
    assert.equal(mv.sampledValue.length, 5);
    assert.ok(validate('MeterValues', 'request', { evseId: 1, meterValue: [mv] }).ok);
  });
});
