/**
 * The composite schedule (1.6 3.13.3 and 5.7; 2.0.1 K08): what an EVSE, or
 * the whole station (EVSE 0), may draw from `start` for `duration` seconds,
 * given the installed profiles and any external limits.
 *
 * - Within a purpose the valid profile with the highest stack level that
 *   sets a limit prevails (1.6 3.13.2); an EVSE's own profile goes before
 *   the station's (EVSE 0) at the same stack level (1.6 3.13.1: a
 *   connector's TxDefaultProfile replaces connector 0's for that connector).
 * - A TxProfile of the EVSE's running transaction goes before the
 *   TxDefaultProfiles wherever it sets a limit (1.6 3.13.1, 2.0.1 K02).
 * - The result is the lowest of: that, the station maximum, the external
 *   constraints of the station and of the EVSE, external limits, and the
 *   EVSE's rating (1.6 3.13.3, 2.0.1 K08.FR.04).
 * - For EVSE 0, the station draws what its EVSEs together may draw, capped
 *   by the station-wide limits (1.6 5.7: "the total expected power or
 *   current"; K08.FR.03); an EVSE that no profile limits counts at its rating.
 * - Limits in A and W are compared per phase: a W limit allows
 *   W / (voltage * phases) A per phase, with the fewest phases any applicable
 *   period allows at that moment (the EVSE's if none names them), as 1.6 7.12
 *   and K01.FR.50 convert; the result is converted to the requested unit
 *   with the same phases, rounded down to 0.1, and equal neighbouring
 *   periods are merged.
 * - TxDefaultProfiles also shape an EVSE with no transaction (what a
 *   transaction started now would get); Relative schedules then start at
 *   `start`. So do the station's own limits (EVSE 0), which belong to no
 *   transaction, where 1.6 lets them be Relative.
 *
 * A pure function: it has no clock (time is the `start` argument) and does
 * not change its inputs.
 */
import { visitPeriods, type LimitInterval } from './activation.js';
import { epochSeconds } from './time.js';
import { cutPoints, prevailing, type RankedInterval } from './timeline.js';
import type { ActiveTransaction, ChargingRateUnit, EvseModel, InstalledProfile, StationModel, TimeInput } from './types.js';
import { DEFAULT_NUMBER_PHASES, fromAmpsPerPhase, roundLimit, toAmpsPerPhase } from './units.js';

/** A limit set from outside the profiles (a local load manager, a derating): it simply caps. */
export interface ExternalLimit {
  /** 0: the whole station; otherwise the EVSE. */
  readonly evseId: number;
  /** The most it allows, in `chargingRateUnit`. */
  readonly limit: number;
  /** A (per phase) or W (total). */
  readonly chargingRateUnit: ChargingRateUnit;
  /** Phases it allows; absent: it does not restrict phases. */
  readonly numberPhases?: number;
  /** Epoch seconds it holds from; absent: always. */
  readonly from?: number;
  /** Epoch seconds it holds until; absent: always. */
  readonly to?: number;
}

/** What the composite schedule is computed from, and for what. */
export interface CompositeScheduleInput {
  /** The installed profiles (as a store holds them). */
  readonly profiles: readonly InstalledProfile[];
  /** The station: its EVSEs, voltage, phases and connection rating. */
  readonly station: StationModel;
  /** 0 for the whole station, otherwise an EVSE of `station`. */
  readonly evseId: number;
  /** Time X, where the schedule starts (1.6 5.7). */
  readonly start: TimeInput;
  /** Seconds. */
  readonly duration: number;
  /** The unit the schedule is to be given in. */
  readonly chargingRateUnit: ChargingRateUnit;
  /** The transactions running now, by EVSE id. */
  readonly transactions?: ReadonlyMap<number, ActiveTransaction>;
  /** Limits from outside the profiles, each also capping the result. */
  readonly externalLimits?: readonly ExternalLimit[];
}

/** One period of a composite schedule. */
export interface CompositeSchedulePeriod {
  /** Seconds from scheduleStart. */
  readonly startPeriod: number;
  /** The limit in the schedule's chargingRateUnit, rounded down to 0.1. */
  readonly limit: number;
  /** Phases the limit is for. */
  readonly numberPhases: number;
}

/** A composite schedule (2.0.1 CompositeScheduleType, with the start in epoch seconds). */
export interface CompositeSchedule {
  /** The EVSE it is for; 0: the whole station. */
  readonly evseId: number;
  /** Epoch seconds. */
  readonly scheduleStart: number;
  /** Seconds it covers (as asked, within the store's maxCompositeDuration). */
  readonly duration: number;
  /** The unit of every period's limit. */
  readonly chargingRateUnit: ChargingRateUnit;
  /** At least one period; the first starts at 0. */
  readonly chargingSchedulePeriod: readonly CompositeSchedulePeriod[];
}

/** The limit intervals that apply to one EVSE, by kind. */
interface EvseIntervals {
  readonly evse: EvseModel;
  readonly phases: number;
  readonly txDefault: RankedInterval[];
  readonly tx: RankedInterval[];
  readonly external: RankedInterval[];
}

/**
 * The composite schedule. Throws a RangeError for an EVSE the station does
 * not have (a GetCompositeSchedule for it is Rejected, K08.FR.05).
 */
export function compositeSchedule(input: CompositeScheduleInput): CompositeSchedule {
  const { station, evseId } = input;
  const origin = epochSeconds(input.start);
  if (!Number.isFinite(origin)) throw new RangeError('the start is not a time');
  const duration = Math.max(0, Math.floor(input.duration));
  const span = Math.max(duration, 1); // a zero duration still reports the limit at the start
  const end = origin + span;
  const voltage = station.voltage;
  const stationPhases = station.phases ?? DEFAULT_NUMBER_PHASES;

  const targets = evseId === 0 ? station.evses : station.evses.filter((e) => e.id === evseId);
  if (evseId !== 0 && targets.length === 0) throw new RangeError(`the station has no EVSE ${evseId}`);

  // Station-wide limits (EVSE 0): its maximum and its external constraints.
  const stationMax: RankedInterval[] = [];
  const stationExternal: RankedInterval[] = [];
  for (const installed of input.profiles) {
    const { profile } = installed;
    if (installed.evseId !== 0) continue;
    const purpose = profile.chargingProfilePurpose;
    if (purpose !== 'ChargingStationMaxProfile' && purpose !== 'ChargingStationExternalConstraints') continue;
    rank(profile, origin, end, origin, 0, voltage, purpose === 'ChargingStationMaxProfile' ? stationMax : stationExternal);
  }

  const evses = targets.map((evse) => evseIntervals(input, evse, origin, end, stationPhases));
  const groups: (readonly LimitInterval[])[] = [stationMax, stationExternal];
  for (const e of evses) groups.push(e.txDefault, e.tx, e.external);
  const externals = input.externalLimits ?? [];
  const externalIntervals = externals.map((x): LimitInterval => ({
    start: x.from ?? -Infinity,
    end: x.to ?? Infinity,
    limit: x.limit,
    unit: x.chargingRateUnit,
    numberPhases: x.numberPhases,
  }));
  groups.push(externalIntervals);

  const points = cutPoints(groups, origin, span);
  const pieces = points.length - 1;
  const maxWinners = prevailing(stationMax, points, origin);
  const externalWinners = prevailing(stationExternal, points, origin);
  // The limits on one piece, reused from piece to piece.
  const caps: (LimitInterval | undefined)[] = [];
  const stationCaps = (j: number): (LimitInterval | undefined)[] => {
    caps.length = 0;
    caps.push(maxWinners[j], externalWinners[j]);
    return caps;
  };

  const amps = new Float64Array(pieces);
  const phases = new Float64Array(pieces);
  const sumAmps = new Float64Array(pieces);
  const sumWatts = new Float64Array(pieces);
  const sumPhases = new Float64Array(pieces);

  for (const e of evses) {
    const txd = prevailing(e.txDefault, points, origin);
    const tx = prevailing(e.tx, points, origin);
    const ext = prevailing(e.external, points, origin);
    for (let j = 0; j < pieces; j++) {
      const at = origin + points[j]!;
      stationCaps(j).push(tx[j] ?? txd[j], ext[j]);
      for (let k = 0; k < externals.length; k++) {
        const x = externals[k]!;
        if ((x.evseId === 0 || x.evseId === e.evse.id) && covers(externalIntervals[k]!, at)) caps.push(externalIntervals[k]);
      }
      const n = fewestPhases(caps, e.phases);
      const a = lowestAmps(caps, e.evse.maxCurrent, n, voltage);
      amps[j] = a;
      phases[j] = n;
      sumAmps[j]! += a;
      sumWatts[j]! += a * voltage * n;
      sumPhases[j] = Math.max(sumPhases[j]!, n);
    }
  }

  const unit = input.chargingRateUnit;
  const rating = station.maxCurrent ?? evses.reduce((total, e) => total + e.evse.maxCurrent, 0);
  const periods: CompositeSchedulePeriod[] = [];
  for (let j = 0; j < pieces; j++) {
    let limit: number;
    let n: number;
    if (evseId !== 0) {
      n = phases[j]!;
      limit = fromAmpsPerPhase(amps[j]!, unit, n, voltage);
    } else {
      // The EVSEs' sum, under the station-wide caps.
      const at = origin + points[j]!;
      stationCaps(j);
      for (let k = 0; k < externals.length; k++) {
        if (externals[k]!.evseId === 0 && covers(externalIntervals[k]!, at)) caps.push(externalIntervals[k]);
      }
      n = fewestPhases(caps, Math.min(stationPhases, sumPhases[j]! || stationPhases));
      const cap = lowestAmps(caps, rating, n, voltage);
      limit = unit === 'A' ? Math.min(sumAmps[j]!, cap) : Math.min(sumWatts[j]!, fromAmpsPerPhase(cap, 'W', n, voltage));
    }
    limit = roundLimit(limit);
    const previous = periods[periods.length - 1];
    if (previous !== undefined && previous.limit === limit && previous.numberPhases === n) continue;
    periods.push({ startPeriod: points[j]!, limit, numberPhases: n });
  }
  return { evseId, scheduleStart: origin, duration, chargingRateUnit: unit, chargingSchedulePeriod: periods };
}

/** The TxDefault, Tx and external-constraint intervals that apply to one EVSE. */
function evseIntervals(input: CompositeScheduleInput, evse: EvseModel, origin: number, end: number, stationPhases: number): EvseIntervals {
  const transaction = input.transactions?.get(evse.id);
  const anchor = transaction?.start ?? origin;
  const out: EvseIntervals = { evse, phases: Math.min(evse.phases ?? stationPhases, stationPhases), txDefault: [], tx: [], external: [] };
  for (const installed of input.profiles) {
    const own = installed.evseId === evse.id;
    if (!own && installed.evseId !== 0) continue;
    const { profile } = installed;
    switch (profile.chargingProfilePurpose) {
      case 'TxDefaultProfile':
        rank(profile, origin, end, anchor, own ? 1 : 0, input.station.voltage, out.txDefault);
        break;
      case 'TxProfile':
        // Only the running transaction's (1.6: a TxProfile without transactionId is the connector's current one).
        if (!own || transaction === undefined) break;
        if (profile.transactionId !== undefined && profile.transactionId !== transaction.transactionId) break;
        rank(profile, origin, end, anchor, 1, input.station.voltage, out.tx);
        break;
      case 'ChargingStationExternalConstraints':
        if (own) rank(profile, origin, end, anchor, 1, input.station.voltage, out.external);
        break;
      case 'ChargingStationMaxProfile':
        break; // station-wide only, taken above
    }
  }
  return out;
}

/** Appends a profile's intervals in [from, to) to `out`, ranked by stack level (`own` breaks a tie). */
function rank(profile: InstalledProfile['profile'], from: number, to: number, anchor: number, own: 0 | 1, voltage: number, out: RankedInterval[]): void {
  const level = profile.stackLevel * 2 + own;
  visitPeriods(profile, from, to, anchor, (start, end, period, unit) => {
    // A period without numberPhases is for 3 phases (K01.FR.49).
    const numberPhases = period.numberPhases ?? DEFAULT_NUMBER_PHASES;
    const limit = period.limit;
    out.push({ start, end, limit, unit, numberPhases, rank: level, amps: toAmpsPerPhase(limit, unit, numberPhases, voltage) });
  });
}

function covers(iv: LimitInterval, at: number): boolean {
  return iv.start <= at && at < iv.end;
}

/**
 * The fewest phases the limits allow, at most `phases` (2.1 K01.FR.140 says
 * the same). Profile periods carry theirs resolved (3 where absent); an
 * external limit without numberPhases does not restrict them.
 */
function fewestPhases(limits: readonly (LimitInterval | undefined)[], phases: number): number {
  let n = phases;
  for (const iv of limits) {
    const p = iv?.numberPhases;
    if (p !== undefined && p >= 1 && p < n) n = p;
  }
  return n;
}

/** The lowest of `rating` and the limits, in A per phase on `phases` phases. */
function lowestAmps(limits: readonly (LimitInterval | undefined)[], rating: number, phases: number, voltage: number): number {
  let a = rating;
  for (const iv of limits) {
    if (iv === undefined) continue;
    const x = toAmpsPerPhase(iv.limit, iv.unit, phases, voltage);
    if (x < a) a = x;
  }
  return Math.max(0, a);
}
