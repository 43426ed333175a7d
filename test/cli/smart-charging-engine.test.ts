/**
 * The simulator's version-neutral smart charging (station/smart-charging.ts)
 * on a clock of the test's: the limit each EVSE offers, its next period,
 * Relative schedules counted from the power path closing, the station's
 * limit shared between the EVSEs delivering energy.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { ChargingProfileStore, type ChargingProfile } from '../../src/cli/lib.js';
import { shareLimit, SmartCharging, stationModel, type EvsePower } from '../../src/cli/station/smart-charging.js';
import { Timers } from '../../src/cli/station/timers.js';

const timers = new Timers();
afterEach(() => timers.clearAll());

function engine(evses: number, o: { delivering?: (id: number) => boolean; enabled?: () => boolean } = {}) {
  let now = Date.UTC(2025, 0, 1, 12);
  const offers: [number, number | undefined][] = [];
  const power: EvsePower = {
    evseIds: Array.from({ length: evses }, (_, i) => i + 1),
    delivering: o.delivering ?? (() => true),
    offer: (id, watts) => offers.push([id, watts]),
  };
  const store = new ChargingProfileStore({ version: '2.0.1', station: stationModel(power.evseIds.map((id) => ({ id, maxPowerW: 22080 })), 230, 3) });
  const sc = new SmartCharging({ store, power, timers, later: (task) => task(), now: () => now, ...(o.enabled !== undefined && { enabled: o.enabled }) });
  return { sc, store, offers, at: (s: number) => (now = Date.UTC(2025, 0, 1, 12) + s * 1000) };
}

const profile = (id: number, purpose: ChargingProfile['chargingProfilePurpose'], periods: [number, number][], extra: Partial<ChargingProfile> = {}): ChargingProfile => ({
  id,
  stackLevel: 0,
  chargingProfilePurpose: purpose,
  chargingProfileKind: 'Relative',
  chargingSchedule: [{ chargingRateUnit: 'W', chargingSchedulePeriod: periods.map(([startPeriod, limit]) => ({ startPeriod, limit })) }],
  ...extra,
});

describe('simulator smart charging: shareLimit', () => {
  it('leaves the caps alone when they fit; shares equally otherwise, none above its cap, the rest to the others', () => {
    const caps = new Map([[1, 11000], [2, 11000], [3, 2000]]);
    assert.deepEqual(shareLimit(30000, caps, [1, 2, 3]), caps);
    assert.deepEqual(shareLimit(12000, caps, [1, 2]), new Map([[1, 6000], [2, 6000], [3, 2000]]));
    assert.deepEqual(shareLimit(12000, caps, [1, 2, 3]), new Map([[1, 5000], [2, 5000], [3, 2000]]));
    assert.deepEqual(shareLimit(10000, caps, [1, 2, 3]).get(1), 4000);
    assert.deepEqual(shareLimit(1000, caps, [1, 2, 3]), new Map([[1, 333.3], [2, 333.3], [3, 333.3]]));
  });
});

describe('simulator smart charging: the limit each EVSE offers', () => {
  it('Relative schedules count from the power path closing (2.0.1 errata 2023-06), not the transaction start', () => {
    const { sc, store, at } = engine(1);
    at(0);
    sc.transactionStarted(1, 'T1');
    assert.equal(store.setProfile(1, profile(1, 'TxProfile', [[0, 6000], [10, 3000]], { transactionId: 'T1' })).status, 'Accepted');
    at(5);
    sc.energyReady(1);
    assert.equal(sc.offeredW(1), 6000);
    at(14);
    sc.evaluate();
    assert.equal(sc.offeredW(1), 6000, 'counted from the transaction start it would be 3000 by now');
    at(15);
    sc.evaluate();
    assert.equal(sc.offeredW(1), 3000);
  });

  it('the rating where nothing limits; the TxProfile goes with its transaction; EVSEs not delivering energy keep their own limit', () => {
    const { sc, store } = engine(2, { delivering: (id) => id === 1 });
    sc.evaluate();
    assert.equal(Math.round(sc.offeredW(1)!), 22080);
    assert.equal(store.setProfile(0, profile(1, 'ChargingStationMaxProfile', [[0, 10000]], { chargingProfileKind: 'Absolute', chargingSchedule: [{ startSchedule: 0, chargingRateUnit: 'W', chargingSchedulePeriod: [{ startPeriod: 0, limit: 10000 }] }] })).status, 'Accepted');
    sc.transactionStarted(1, 'T1');
    store.setProfile(1, profile(2, 'TxProfile', [[0, 4000]], { transactionId: 'T1' }));
    sc.evaluate();
    assert.deepEqual([sc.offeredW(1), sc.offeredW(2)], [4000, 10000]);
    sc.transactionEnded(1);
    assert.deepEqual([sc.offeredW(1), sc.offeredW(2)], [10000, 10000]);
    assert.equal(store.size, 1);
  });

  it('switched off, every EVSE offers its rating (undefined) whatever is installed', () => {
    let on = true;
    const { sc, store, offers } = engine(1, { enabled: () => on });
    store.setProfile(1, profile(1, 'TxDefaultProfile', [[0, 0]]));
    sc.evaluate();
    assert.equal(sc.offeredW(1), 0);
    on = false;
    sc.changed();
    assert.equal(sc.offeredW(1), undefined);
    assert.deepEqual(offers.at(-1), [1, undefined]);
  });
});
