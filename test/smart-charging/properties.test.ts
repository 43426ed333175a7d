/**
 * Property tests of the composite schedule over random stacks of profiles
 * (every purpose, kind and recurrence, validity windows, durations, W and
 * A, phases) and external limits. An oracle evaluates each profile at one
 * instant straight from the spec's definitions, independently of the
 * interval sweep the library uses:
 *
 * - the composite never exceeds any applicable limit, and is exactly the
 *   lowest of them (rounded down to 0.1);
 * - adding a profile at a lower stack level never changes a moment where a
 *   higher one of its purpose applies;
 * - the result does not depend on the order profiles were installed in.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compositeSchedule, type CompositeSchedule, type ExternalLimit } from '../../src/smart-charging/composite.js';
import { ChargingProfileStore } from '../../src/smart-charging/store.js';
import { recurrencySeconds } from '../../src/smart-charging/time.js';
import type { ActiveTransaction, ChargingProfile, ChargingRateUnit, InstalledProfile, StationModel } from '../../src/smart-charging/types.js';
import { roundLimit } from '../../src/smart-charging/units.js';
import { at } from './support.js';

const T0 = at('2024-05-01T12:00:00Z');
const DAY = 86_400;
const VOLTAGE = 230;
const station: StationModel = { evses: [{ id: 1, maxCurrent: 63 }, { id: 2, maxCurrent: 40, phases: 1 }], voltage: VOLTAGE };
const TX: ActiveTransaction = { transactionId: 'tx', start: T0 - 1800 };

/** One profile and where it goes; ids are given afterwards. */
const arbInstalled: fc.Arbitrary<InstalledProfile> = fc
  .record({
    place: fc.constantFrom(
      { evseId: 0, purpose: 'ChargingStationMaxProfile' as const },
      { evseId: 0, purpose: 'ChargingStationExternalConstraints' as const },
      { evseId: 0, purpose: 'TxDefaultProfile' as const },
      { evseId: 1, purpose: 'TxDefaultProfile' as const },
      { evseId: 2, purpose: 'TxDefaultProfile' as const },
      { evseId: 1, purpose: 'TxProfile' as const },
      { evseId: 1, purpose: 'ChargingStationExternalConstraints' as const },
    ),
    stackLevel: fc.integer({ min: 0, max: 3 }),
    kind: fc.constantFrom('Absolute' as const, 'Recurring' as const, 'Relative' as const),
    recurrency: fc.constantFrom('Daily' as const, 'Weekly' as const),
    validFrom: fc.option(fc.integer({ min: -2 * DAY, max: 2 * DAY }), { nil: undefined }),
    validFor: fc.option(fc.integer({ min: 1, max: 3 * DAY }), { nil: undefined }),
    start: fc.option(fc.integer({ min: -9 * DAY, max: DAY }), { nil: undefined, freq: 8 }),
    duration: fc.option(fc.integer({ min: 1, max: 10 * DAY }), { nil: undefined }),
    unit: fc.constantFrom<ChargingRateUnit>('A', 'W'),
    gaps: fc.array(fc.integer({ min: 1, max: 30_000 }), { minLength: 0, maxLength: 5 }),
    limits: fc.array(fc.integer({ min: 0, max: 700 }), { minLength: 6, maxLength: 6 }),
    phases: fc.array(fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }), { minLength: 6, maxLength: 6 }),
    transactionId: fc.constantFrom<string | undefined>('tx', undefined, 'other'),
  })
  .map((r): InstalledProfile => {
    let startPeriod = 0;
    const periods = [0, ...r.gaps].map((gap, i) => {
      startPeriod += i === 0 ? 0 : gap;
      // A in tenths up to 70 A, W in steps of 100 up to 70 kW.
      const limit = r.unit === 'A' ? r.limits[i]! / 10 : r.limits[i]! * 100;
      const numberPhases = r.phases[i];
      return numberPhases === undefined ? { startPeriod, limit } : { startPeriod, limit, numberPhases };
    });
    const validFrom = r.validFrom === undefined ? undefined : T0 + r.validFrom;
    const profile: ChargingProfile = {
      id: 0,
      stackLevel: r.stackLevel,
      chargingProfilePurpose: r.place.purpose,
      chargingProfileKind: r.kind,
      ...(r.kind === 'Recurring' ? { recurrencyKind: r.recurrency } : {}),
      ...(validFrom === undefined ? {} : { validFrom }),
      ...(r.validFor === undefined ? {} : { validTo: (validFrom ?? T0 - DAY) + r.validFor }),
      ...(r.place.purpose === 'TxProfile' && r.transactionId !== undefined ? { transactionId: r.transactionId } : {}),
      chargingSchedule: [
        {
          chargingRateUnit: r.unit,
          chargingSchedulePeriod: periods,
          ...(r.start === undefined ? {} : { startSchedule: T0 + r.start }),
          ...(r.duration === undefined ? {} : { duration: r.duration }),
        },
      ],
    };
    return { evseId: r.place.evseId, profile, chargingLimitSource: 'CSO' };
  });

const withIds = (list: InstalledProfile[]): InstalledProfile[] => list.map((p, i) => ({ ...p, profile: { ...p.profile, id: i + 1 } }));

const arbExternal: fc.Arbitrary<ExternalLimit> = fc.record({
  evseId: fc.constantFrom(0, 1),
  limit: fc.integer({ min: 0, max: 500 }).map((x) => x / 10),
  chargingRateUnit: fc.constant<ChargingRateUnit>('A'),
  from: fc.integer({ min: -DAY, max: DAY }).map((x) => T0 + x),
  to: fc.integer({ min: 1, max: DAY }).map((x) => T0 + DAY + x),
});

const arbCase = fc.record({
  profiles: fc.array(arbInstalled, { maxLength: 9 }).map(withIds),
  externals: fc.array(arbExternal, { maxLength: 2 }),
  offset: fc.integer({ min: 0, max: DAY }),
  duration: fc.integer({ min: 1, max: 2 * DAY }),
  evseId: fc.constantFrom(1, 2),
  unit: fc.constantFrom<ChargingRateUnit>('A', 'W'),
  transaction: fc.boolean(),
});

// ---- The oracle: one profile at one instant, as 1.6 3.13 and 7.9-7.14 define it. ----

interface Applied {
  readonly limit: number;
  readonly unit: ChargingRateUnit;
  readonly phases: number | undefined;
}

function limitAt(profile: ChargingProfile, t: number, anchor: number): Applied | undefined {
  if (profile.validFrom !== undefined && t < profile.validFrom) return undefined;
  if (profile.validTo !== undefined && t >= profile.validTo) return undefined;
  const s = profile.chargingSchedule[0]!;
  const base = profile.chargingProfileKind === 'Relative' ? anchor : (s.startSchedule ?? anchor);
  let offset = t - base;
  if (offset < 0) return undefined;
  if (profile.chargingProfileKind === 'Recurring') offset %= recurrencySeconds[profile.recurrencyKind!];
  if (s.duration !== undefined && offset >= s.duration) return undefined;
  let found: (typeof s.chargingSchedulePeriod)[number] | undefined;
  for (const p of s.chargingSchedulePeriod) if (p.startPeriod <= offset) found = p;
  return found && { limit: found.limit, unit: s.chargingRateUnit, phases: found.numberPhases ?? 3 };
}

/** The prevailing profile of a purpose: highest stack level, the EVSE's own before the station's, then the lowest limit. */
function prevailing(profiles: readonly InstalledProfile[], evseId: number, purpose: string, t: number, anchor: number, include: (p: InstalledProfile) => boolean): Applied | undefined {
  let best: { applied: Applied; rank: number; amps: number } | undefined;
  for (const p of profiles) {
    if (p.profile.chargingProfilePurpose !== purpose || (p.evseId !== 0 && p.evseId !== evseId) || !include(p)) continue;
    const applied = limitAt(p.profile, t, anchor);
    if (applied === undefined) continue;
    const rank = p.profile.stackLevel * 2 + (p.evseId === evseId ? 1 : 0);
    const amps = applied.unit === 'A' ? applied.limit : applied.limit / (VOLTAGE * applied.phases!);
    if (best === undefined || rank > best.rank || (rank === best.rank && amps < best.amps)) best = { applied, rank, amps };
  }
  return best?.applied;
}

/** Every limit that applies to `evseId` at `t`. */
function applicable(profiles: readonly InstalledProfile[], externals: readonly ExternalLimit[], evseId: number, t: number, tx: ActiveTransaction | undefined, origin: number): Applied[] {
  const anchor = tx?.start ?? origin;
  // The station's own limits have no transaction: theirs start at the composite's start.
  const out: (Applied | undefined)[] = [
    prevailing(profiles, 0, 'ChargingStationMaxProfile', t, origin, (p) => p.evseId === 0),
    prevailing(profiles, 0, 'ChargingStationExternalConstraints', t, origin, (p) => p.evseId === 0),
    prevailing(profiles, evseId, 'ChargingStationExternalConstraints', t, anchor, (p) => p.evseId === evseId),
    tx === undefined
      ? undefined
      : prevailing(profiles, evseId, 'TxProfile', t, anchor, (p) => p.evseId === evseId && (p.profile.transactionId === undefined || p.profile.transactionId === tx.transactionId)),
  ];
  if (out[3] === undefined) out[3] = prevailing(profiles, evseId, 'TxDefaultProfile', t, anchor, () => true);
  for (const x of externals) {
    if ((x.evseId === 0 || x.evseId === evseId) && x.from! <= t && t < x.to!) out.push({ limit: x.limit, unit: x.chargingRateUnit, phases: undefined });
  }
  return out.filter((x): x is Applied => x !== undefined);
}

/** The composite's limit and phases at `t`. */
function compositeAt(schedule: CompositeSchedule, t: number): { limit: number; numberPhases: number } {
  const offset = t - schedule.scheduleStart;
  let found = schedule.chargingSchedulePeriod[0]!;
  for (const p of schedule.chargingSchedulePeriod) if (p.startPeriod <= offset) found = p;
  return { limit: found.limit, numberPhases: found.numberPhases };
}

/** The instants worth looking at: every period's first and last second, and a few more. */
function samples(schedule: CompositeSchedule, extra: readonly number[]): number[] {
  const origin = schedule.scheduleStart;
  const end = origin + Math.max(schedule.duration, 1);
  const out = new Set<number>([origin, end - 1]);
  for (const p of schedule.chargingSchedulePeriod) {
    out.add(origin + p.startPeriod);
    if (p.startPeriod > 0) out.add(origin + p.startPeriod - 1);
  }
  for (const x of extra) out.add(origin + Math.floor(x * (end - origin)));
  return [...out].filter((t) => t >= origin && t < end);
}

const FRACTIONS = [0.01, 0.13, 0.27, 0.5, 0.61, 0.77, 0.93];

test('the composite never exceeds any applicable limit, and is exactly the lowest of them', () => {
  fc.assert(
    fc.property(arbCase, (c) => {
      const transactions = new Map<number, ActiveTransaction>(c.transaction ? [[1, TX]] : []);
      const origin = T0 + c.offset;
      const schedule = compositeSchedule({ profiles: c.profiles, station, evseId: c.evseId, start: origin, duration: c.duration, chargingRateUnit: c.unit, transactions, externalLimits: c.externals });
      assert.equal(schedule.chargingSchedulePeriod[0]!.startPeriod, 0);
      const evse = station.evses.find((e) => e.id === c.evseId)!;
      for (const t of samples(schedule, FRACTIONS)) {
        const got = compositeAt(schedule, t);
        const limits = applicable(c.profiles, c.externals, c.evseId, t, transactions.get(c.evseId), origin);
        const phases = Math.min(evse.phases ?? 3, ...limits.map((l) => l.phases ?? 3));
        assert.equal(got.numberPhases, phases, `phases at +${t - origin}`);
        // What the composite allows, per phase and in total.
        const amps = c.unit === 'A' ? got.limit : got.limit / (VOLTAGE * phases);
        for (const l of limits) {
          if (l.unit === 'A') assert.ok(amps <= l.limit + 1e-9, `at +${t - origin}: ${amps} A over ${l.limit} A`);
          else assert.ok(amps * VOLTAGE * phases <= l.limit + 1e-6, `at +${t - origin}: ${amps * VOLTAGE * phases} W over ${l.limit} W`);
        }
        assert.ok(amps <= evse.maxCurrent + 1e-9);
        const lowest = Math.min(evse.maxCurrent, ...limits.map((l) => (l.unit === 'A' ? l.limit : l.limit / (VOLTAGE * phases))));
        const expected = roundLimit(c.unit === 'A' ? lowest : lowest * VOLTAGE * phases);
        assert.equal(got.limit, expected, `at +${t - origin}`);
      }
      // Neighbouring periods differ.
      const ps = schedule.chargingSchedulePeriod;
      for (let i = 1; i < ps.length; i++) assert.ok(ps[i]!.limit !== ps[i - 1]!.limit || ps[i]!.numberPhases !== ps[i - 1]!.numberPhases);
    }),
    { numRuns: 300 },
  );
});

test('adding a profile at a lower stack level never changes a moment where a higher one of its purpose applies', () => {
  const purposes = ['TxDefaultProfile', 'ChargingStationMaxProfile', 'TxProfile'] as const;
  fc.assert(
    fc.property(arbCase, arbInstalled, fc.constantFrom(...purposes), (c, extra, purpose) => {
      const transactions = new Map([[1, TX] as const]);
      // The existing ones of that purpose sit at levels 1 and up; the newcomer at 0, on the same EVSE as one of them or on 0.
      const existing = c.profiles.map((p) => (p.profile.chargingProfilePurpose === purpose ? { ...p, profile: { ...p.profile, stackLevel: p.profile.stackLevel + 1 } } : p));
      const evseId: number = purpose === "TxProfile" ? 1 : purpose === "ChargingStationMaxProfile" ? 0 : extra.evseId;
      const newcomer: InstalledProfile = {
        ...extra,
        evseId,
        profile: { ...extra.profile, id: 1000, chargingProfilePurpose: purpose, stackLevel: 0, ...(purpose === 'TxProfile' ? { transactionId: 'tx' } : {}) },
      };
      const origin = T0 + c.offset;
      const input = { station, evseId: c.evseId, start: origin, duration: c.duration, chargingRateUnit: c.unit, transactions, externalLimits: c.externals };
      const before = compositeSchedule({ ...input, profiles: existing });
      const after = compositeSchedule({ ...input, profiles: [...existing, newcomer] });
      const anchor = c.evseId === 1 && purpose !== 'ChargingStationMaxProfile' ? TX.start : origin;
      for (const t of [...samples(before, FRACTIONS), ...samples(after, FRACTIONS)]) {
        const higher = existing.some(
          (p) =>
            p.profile.chargingProfilePurpose === purpose &&
            (p.evseId === 0 || p.evseId === c.evseId) &&
            (purpose !== 'TxProfile' || (p.profile.transactionId ?? 'tx') === 'tx') &&
            limitAt(p.profile, t, anchor) !== undefined,
        );
        if (higher) assert.deepEqual(compositeAt(after, t), compositeAt(before, t), `at +${t - origin}`);
      }
    }),
    { numRuns: 300 },
  );
});

test('the composite does not depend on the order profiles were installed in', () => {
  fc.assert(
    fc.property(
      arbCase.chain((c) => fc.tuple(fc.constant(c), fc.shuffledSubarray(c.profiles, { minLength: c.profiles.length, maxLength: c.profiles.length }))),
      ([c, shuffled]) => {
        // One profile per purpose, stack level and EVSE, as a 1.6 store would hold them.
        const seen = new Set<string>();
        const unique = c.profiles.filter((p) => {
          const key = `${p.evseId}/${p.profile.chargingProfilePurpose}/${p.profile.stackLevel}`;
          return !seen.has(key) && (seen.add(key), true);
        });
        const reordered = shuffled.filter((p) => unique.includes(p));
        const request = { evseId: c.evseId, start: T0 + c.offset, duration: c.duration, chargingRateUnit: c.unit, externalLimits: c.externals };
        const fill = (list: readonly InstalledProfile[]) => {
          const store = new ChargingProfileStore({ version: '1.6', station });
          store.beginTransaction(1, TX.start, TX.transactionId);
          for (const p of list) store.setProfile(p.evseId, p.profile, {});
          return store;
        };
        const a = fill(unique);
        const b = fill(reordered);
        assert.equal(a.size, b.size);
        assert.deepEqual(a.compositeSchedule(request), b.compositeSchedule(request));
        assert.deepEqual(a.compositeSchedule({ ...request, evseId: 0 }), b.compositeSchedule({ ...request, evseId: 0 }));
        // And the pure function, given every profile in any order.
        const transactions = new Map([[1, TX] as const]);
        assert.deepEqual(
          compositeSchedule({ ...request, profiles: c.profiles, station, transactions }),
          compositeSchedule({ ...request, profiles: shuffled, station, transactions }),
        );
      },
    ),
    { numRuns: 200 },
  );
});

test('EVSE 0 never exceeds the station-wide limits, nor what its EVSEs together may draw', () => {
  fc.assert(
    fc.property(arbCase, (c) => {
      const transactions = new Map<number, ActiveTransaction>(c.transaction ? [[1, TX]] : []);
      const origin = T0 + c.offset;
      const input = { profiles: c.profiles, station, start: origin, duration: c.duration, chargingRateUnit: 'A' as const, transactions, externalLimits: c.externals };
      const total = compositeSchedule({ ...input, evseId: 0 });
      const each = station.evses.map((e) => compositeSchedule({ ...input, evseId: e.id }));
      for (const t of samples(total, FRACTIONS)) {
        const got = compositeAt(total, t);
        const sum = each.reduce((a, s) => a + compositeAt(s, t).limit, 0);
        assert.ok(got.limit <= sum + 0.1 * each.length + 1e-9, `at +${t - origin}: ${got.limit} A over the EVSEs' ${sum} A`);
        const caps = (['ChargingStationMaxProfile', 'ChargingStationExternalConstraints'] as const)
          .map((purpose) => prevailing(c.profiles, 0, purpose, t, origin, (p) => p.evseId === 0))
          .filter((x): x is Applied => x !== undefined);
        const capAmps = caps.map((l) => (l.unit === 'A' ? l.limit : l.limit / (VOLTAGE * got.numberPhases)));
        for (const cap of capAmps) assert.ok(got.limit <= cap + 1e-9, `at +${t - origin}: ${got.limit} A over the station's ${cap} A`);
        const lowest = Math.min(sum, ...capAmps, ...c.externals.filter((x) => x.evseId === 0 && x.from! <= t && t < x.to!).map((x) => x.limit));
        assert.ok(got.limit >= lowest - 0.1 * (each.length + 1) - 1e-9, `at +${t - origin}: ${got.limit} A, well under ${lowest} A`);
      }
    }),
    { numRuns: 200 },
  );
});
