/**
 * What the fuzzing found beyond the list, each pinned by a test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChargingStation } from '../../src/roles/charging-station.js';
import { v201 } from '../../src/v201/index.js';
import { recorder } from '../support/memory-transport.js';

test('a call the registration state refuses as it leaves the queue is counted out of the queue once, not twice', async () => {
  // The station has not booted: Heartbeat is refused locally (B02) when its turn comes.
  const wire = recorder();
  const station = new ChargingStation(v201, { maxQueue: 2 });
  station.attach(wire.send);
  await assert.rejects(station.call('Heartbeat', {}), /send BootNotification first/);
  await assert.rejects(station.call('Heartbeat', {}), /send BootNotification first/);
  assert.equal(station.endpoint.queuedCount, 0);
  // The queue bound still holds: with the line busy, two calls wait and a third is refused.
  const boot = station.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } });
  const waiting = [station.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } }), station.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } })];
  assert.equal(station.endpoint.queuedCount, 2);
  await assert.rejects(station.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } }), /already waiting/);
  station.close('done');
  await Promise.allSettled([boot, ...waiting]);
});
