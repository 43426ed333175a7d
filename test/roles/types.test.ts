/**
 * Compile-time guarantees of the behaviours: a wrong-direction call or
 * handler does not compile, and a response's type follows its action. The
 * `@ts-expect-error` lines fail the build if they ever start compiling.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChargingStation } from '../../src/roles/charging-station.js';
import { Csms } from '../../src/roles/csms.js';
import type { ChargingStationHandlers, CsmsHandlers } from '../../src/roles/types.js';
import type { BootNotificationResponse, HeartbeatResponse, ResetResponse } from '../../src/v201/generated/messages.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const typeIs = <T extends true>(value: T) => value;

// Never run: only compiled.
async function compileOnly(station: ChargingStation, csms: Csms): Promise<void> {
  const boot = await station.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } });
  typeIs<Equal<typeof boot, BootNotificationResponse>>(true);
  const hb = await station.call('Heartbeat', {});
  typeIs<Equal<typeof hb, HeartbeatResponse>>(true);
  const reset = await csms.call('Reset', { type: 'Immediate' });
  typeIs<Equal<typeof reset, ResetResponse>>(true);
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
  // @ts-expect-error the response type follows the action
  const wrong: HeartbeatResponse = await csms.call('Reset', { type: 'Immediate' });
  void wrong;

  station.handle('Reset', (req) => ({ status: req.type === 'Immediate' ? 'Accepted' : 'Scheduled' }));
  csms.handle('BootNotification', () => ({ currentTime: '', interval: 1, status: 'Accepted' }));
  // @ts-expect-error a station does not handle BootNotification
  station.handle('BootNotification', () => ({ currentTime: '', interval: 1, status: 'Accepted' }));
  // @ts-expect-error a CSMS does not handle Reset
  csms.handle('Reset', () => ({ status: 'Accepted' }));
  // @ts-expect-error the handler's answer must be the action's response
  station.handle('Reset', () => ({ currentTime: '' }));

  const stationHandlers: ChargingStationHandlers = {
    ChangeAvailability: () => ({ status: 'Accepted' }),
    DataTransfer: () => ({ status: 'Accepted' }),
    // @ts-expect-error a station's handler object has no Heartbeat
    Heartbeat: () => ({ currentTime: '' }),
  };
  const csmsHandlers: CsmsHandlers = {
    Heartbeat: () => ({ currentTime: '' }),
    DataTransfer: () => ({ status: 'Accepted' }),
    // @ts-expect-error a CSMS's handler object has no UnlockConnector
    UnlockConnector: () => ({ status: 'Unlocked' }),
  };
  station.handlers(stationHandlers);
  csms.handlers(csmsHandlers);
}

test('the typed surface compiles as intended (see the @ts-expect-error lines)', () => {
  assert.equal(typeof compileOnly, 'function');
});

test('a wrong-direction call fails at run time too (for untyped callers)', async () => {
  const station = new ChargingStation();
  await assert.rejects((station.call as (a: string, p: unknown) => Promise<unknown>)('Reset', { type: 'Immediate' }), { code: 'NotSupported' });
  station.close();
});
