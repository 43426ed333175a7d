/**
 * The simulator on the library client (src/cli/station/connection.ts): the
 * station boots and heartbeats from its own device model, so the client's
 * own heartbeats stay off; the reconnect back-off comes from the device
 * model's RetryBackOff* variables, which are seconds, while the client counts
 * ms; a handler of the station that fails reaches the station's events.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { StationEvent } from '../../src/cli/station/simulator.js';
import { Bench, until } from './octt.js';

let bench: Bench | undefined;
afterEach(async () => {
  await bench?.close();
  bench = undefined;
});

describe('the simulated station on the library client', () => {
  it('heartbeats only from its device model: the client runs none of its own', async () => {
    const b = (bench = await Bench.open({ csms: { heartbeatIntervalS: 1 } }));
    await b.ready();
    assert.equal(b.connection.client.heartbeatIntervalMs, undefined);
    const from = b.mark();
    await b.next('Heartbeat', from, () => true, 'the device model heartbeat', 8000);
  });

  it('TC_B_57_CS: after the CSMS closes the connection it waits RetryBackOffWaitMinimum seconds (1 s = 1000 ms to the client)', async () => {
    const b = (bench = await Bench.open({ station: { retryBackOff: { waitMinimumS: 1, randomRangeS: 0, repeatTimes: 0 } } }));
    await b.ready();
    const delays: number[] = [];
    b.connection.client.on('reconnecting', (info) => delays.push(info.delayMs));
    await b.closeFromCsms();
    await until(() => delays.length > 0, 'the reconnect');
    assert.equal(delays[0], 1000);
    await until(() => b.server.isConnected('CS001'), 'the reconnection');
  });

  it('a station handler that throws: the CSMS gets InternalError and the station reports an error event naming the action', async () => {
    const events: StationEvent[] = [];
    const b = (bench = await Bench.open({ onEvent: (_, e) => events.push(e) }));
    await b.ready();
    b.connection.client.handle('DataTransfer', () => {
      throw new Error('vendor extension crashed');
    });
    await assert.rejects(b.call('DataTransfer', { vendorId: 'com.example' }), /InternalError/);
    const errors = events.filter((e): e is Extract<StationEvent, { type: 'error' }> => e.type === 'error');
    assert.deepEqual(
      errors.map((e) => e.message),
      ['DataTransfer handler failed (InternalError sent): vendor extension crashed'],
    );
  });
});
