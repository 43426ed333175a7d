/**
 * Compile-time guarantees of the behaviours, for each version: a
 * wrong-direction call or handler does not compile, the response's type
 * follows its action and its version, SEND goes only with `send` and only
 * in 2.1. The `@ts-expect-error` lines fail the build if they ever start
 * compiling.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChargingStation } from '../../src/roles/charging-station.js';
import { Csms } from '../../src/roles/csms.js';
import type { ChargingStationHandlers, CsmsHandlers } from '../../src/roles/types.js';
import { v16, type V16 } from '../../src/v16/index.js';
import type * as M16 from '../../src/v16/generated/messages.js';
import { v201, type V201 } from '../../src/v201/index.js';
import type * as M201 from '../../src/v201/generated/messages.js';
import { v21, type V21 } from '../../src/v21/index.js';
import type * as M21 from '../../src/v21/generated/messages.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const typeIs = <T extends true>(value: T) => value;

// Never run: only compiled.
async function compile201(station: ChargingStation<V201>, csms: Csms<V201>): Promise<void> {
  const boot = await station.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } });
  typeIs<Equal<typeof boot, M201.BootNotificationResponse>>(true);
  const hb = await station.call('Heartbeat', {});
  typeIs<Equal<typeof hb, M201.HeartbeatResponse>>(true);
  const reset = await csms.call('Reset', { type: 'Immediate' });
  typeIs<Equal<typeof reset, M201.ResetResponse>>(true);
  // DataTransfer goes both ways.
  await station.call('DataTransfer', { vendorId: 'v' });
  await csms.call('DataTransfer', { vendorId: 'v' });

  // @ts-expect-error a station does not send Reset
  await station.call('Reset', { type: 'Immediate' });
  // @ts-expect-error a CSMS does not send BootNotification
  await csms.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } });
  // @ts-expect-error the request must match the action
  await station.call('Heartbeat', { reason: 'PowerUp' });
  // @ts-expect-error not an action at all
  await station.call('Teleport', {});
  // @ts-expect-error a 1.6 action is not a 2.0.1 one
  await station.call('StartTransaction', { connectorId: 1, idTag: 'T', meterStart: 0, timestamp: '' });
  // @ts-expect-error the response type follows the action
  const wrong: M201.HeartbeatResponse = await csms.call('Reset', { type: 'Immediate' });
  void wrong;
  // @ts-expect-error 2.0.1 has no SEND
  station.send('NotifyPeriodicEventStream', { id: 1, pending: 0, basetime: '', data: [] });

  station.handle('Reset', (req) => ({ status: req.type === 'Immediate' ? 'Accepted' : 'Scheduled' }));
  csms.handle('BootNotification', () => ({ currentTime: '', interval: 1, status: 'Accepted' }));
  // @ts-expect-error a station does not handle BootNotification
  station.handle('BootNotification', () => ({ currentTime: '', interval: 1, status: 'Accepted' }));
  // @ts-expect-error a CSMS does not handle Reset
  csms.handle('Reset', () => ({ status: 'Accepted' }));
  // @ts-expect-error the handler's answer must be the action's response
  station.handle('Reset', () => ({ currentTime: '' }));

  const stationHandlers: ChargingStationHandlers<V201> = {
    ChangeAvailability: () => ({ status: 'Accepted' }),
    DataTransfer: () => ({ status: 'Accepted' }),
    // @ts-expect-error a station's handler object has no Heartbeat
    Heartbeat: () => ({ currentTime: '' }),
  };
  const csmsHandlers: CsmsHandlers<V201> = {
    Heartbeat: () => ({ currentTime: '' }),
    DataTransfer: () => ({ status: 'Accepted' }),
    // @ts-expect-error a CSMS's handler object has no UnlockConnector
    UnlockConnector: () => ({ status: 'Unlocked' }),
  };
  station.handlers(stationHandlers);
  csms.handlers(csmsHandlers);
}

async function compile16(station: ChargingStation<V16>, csms: Csms<V16>): Promise<void> {
  const boot = await station.call('BootNotification', { chargePointVendor: 'V', chargePointModel: 'M' });
  typeIs<Equal<typeof boot, M16.BootNotificationResponse>>(true);
  const started = await station.call('StartTransaction', { connectorId: 1, idTag: 'TAG', meterStart: 0, timestamp: '' });
  typeIs<Equal<typeof started, M16.StartTransactionResponse>>(true);
  started.transactionId satisfies number;
  const config = await csms.call('GetConfiguration', { key: ['HeartbeatInterval'] });
  typeIs<Equal<typeof config, M16.GetConfigurationResponse>>(true);
  await csms.call('ChangeConfiguration', { key: 'HeartbeatInterval', value: '60' });

  // @ts-expect-error a Charge Point does not send RemoteStartTransaction
  await station.call('RemoteStartTransaction', { idTag: 'TAG' });
  // @ts-expect-error a Central System does not send StartTransaction
  await csms.call('StartTransaction', { connectorId: 1, idTag: 'TAG', meterStart: 0, timestamp: '' });
  // @ts-expect-error a 2.0.1 BootNotification is not a 1.6 one
  await station.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } });
  // @ts-expect-error TransactionEvent does not exist in 1.6
  await station.call('TransactionEvent', {});
  // @ts-expect-error 1.6 has no SEND at all
  station.send('Heartbeat', {});

  csms.handle('StartTransaction', (req) => ({ transactionId: req.connectorId, idTagInfo: { status: 'Accepted' } }));
  // @ts-expect-error StopTransaction answers idTagInfo, not a transactionId
  csms.handle('StopTransaction', () => ({ transactionId: 1 }));
  station.handle('ChangeConfiguration', () => ({ status: 'RebootRequired' }));
  // @ts-expect-error a Charge Point does not handle Heartbeat
  station.handle('Heartbeat', () => ({ currentTime: '' }));

  const handlers: CsmsHandlers<V16> = {
    MeterValues: () => ({}),
    // @ts-expect-error a Central System's handler object has no GetConfiguration
    GetConfiguration: () => ({}),
  };
  csms.handlers(handlers);
}

async function compile21(station: ChargingStation<V21>, csms: Csms<V21>): Promise<void> {
  const boot = await station.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } });
  typeIs<Equal<typeof boot, M21.BootNotificationResponse>>(true);
  const id: string = station.send('NotifyPeriodicEventStream', { id: 1, pending: 0, basetime: '', data: [{ t: 0, v: '1' }] });
  void id;
  // @ts-expect-error a SEND action does not go as a CALL
  await station.call('NotifyPeriodicEventStream', { id: 1, pending: 0, basetime: '', data: [{ t: 0, v: '1' }] });
  // @ts-expect-error a CALL action does not go as a SEND
  station.send('Heartbeat', {});
  // @ts-expect-error the CSMS does not send NotifyPeriodicEventStream
  csms.send('NotifyPeriodicEventStream', { id: 1, pending: 0, basetime: '', data: [{ t: 0, v: '1' }] });
  // @ts-expect-error the payload of a SEND is checked as any other
  station.send('NotifyPeriodicEventStream', { id: 'one' });
  const adjusted = await csms.call('AdjustPeriodicEventStream', { id: 1, params: {} });
  typeIs<Equal<typeof adjusted, M21.AdjustPeriodicEventStreamResponse>>(true);

  // A SEND's handler answers nothing.
  csms.handle('NotifyPeriodicEventStream', (req) => {
    req.data satisfies M21.NotifyPeriodicEventStreamRequest['data'];
  });
  // @ts-expect-error a SEND's handler has no response to give
  csms.handle('NotifyPeriodicEventStream', () => ({ status: 'Accepted' }));
  const handlers: CsmsHandlers<V21> = {
    NotifyPeriodicEventStream: async () => undefined,
    BatterySwap: () => ({}),
  };
  csms.handlers(handlers);
}

test('the typed surface compiles as intended for 1.6, 2.0.1 and 2.1 (see the @ts-expect-error lines)', () => {
  assert.equal(typeof compile201, 'function');
  assert.equal(typeof compile16, 'function');
  assert.equal(typeof compile21, 'function');
});

test('a wrong-direction call, and a CALL of a SEND action, fail at run time too (for untyped callers)', async () => {
  const station = new ChargingStation(v201);
  await assert.rejects((station.call as (a: string, p: unknown) => Promise<unknown>)('Reset', { type: 'Immediate' }), { code: 'NotSupported' });
  station.close();
  const station21 = new ChargingStation(v21, { registration: false });
  await assert.rejects((station21.call as (a: string, p: unknown) => Promise<unknown>)('NotifyPeriodicEventStream', {}), { code: 'NotSupported' });
  assert.throws(() => (station21.send as (a: string, p: unknown) => string)('Heartbeat', {}), { code: 'NotSupported' });
  station21.close();
  const station16 = new ChargingStation(v16);
  assert.throws(() => (station16.send as (a: string, p: unknown) => string)('Heartbeat', {}), { code: 'NotSupported' });
  station16.close();
});
