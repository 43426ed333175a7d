/**
 * The charging profiles one station holds (EVSE 0 and each EVSE), with the
 * transactions running on its EVSEs: what SetChargingProfile,
 * ClearChargingProfile, GetChargingProfiles and GetCompositeSchedule work
 * on. It has no clock: every time is an argument.
 */
import { compositeSchedule, type CompositeSchedule, type ExternalLimit } from './composite.js';
import { resolveConflicts } from './conflicts.js';
import { clearMatches, queryMatches, type ClearCriteria, type ProfileQuery } from './criteria.js';
import { epochSeconds } from './time.js';
import type { ActiveTransaction, ChargingLimitSource, ChargingProfile, ChargingRateUnit, InstalledProfile, StationModel, TimeInput } from './types.js';
import { checkProfile, type ProfileLimits, type ProfileRejection, type ProfileSource, type SmartChargingVersion } from './validate.js';

/** How a store is set up. */
export interface ChargingProfileStoreOptions {
  /** Whose rules apply (replacement, required fields). */
  readonly version: SmartChargingVersion;
  /** The station the profiles are for: its EVSEs, voltage, phases and rating. */
  readonly station: StationModel;
  /** What the station declares it supports. */
  readonly limits?: ProfileLimits;
  /**
   * The longest composite schedule computed, in seconds (default 31 days):
   * a longer request gets a schedule this long. The specs set no bound, and
   * a request for 2^31 s of a busy daily profile would take the station
   * half a minute and millions of periods.
   */
  readonly maxCompositeDuration?: number;
}

/** Default of `maxCompositeDuration`: 31 days. */
export const DEFAULT_MAX_COMPOSITE_DURATION = 31 * 86_400;

/** The outcome of installing a profile. */
export type SetProfileResult =
  | { readonly status: 'Accepted'; /** The profiles it replaced. */ readonly replaced: readonly InstalledProfile[] }
  | { readonly status: 'Rejected'; readonly rejection: ProfileRejection };

/** What a composite schedule is asked for (GetCompositeSchedule). */
export interface CompositeRequest {
  /** 0: the whole station. */
  readonly evseId: number;
  /** Time X: now, when answering GetCompositeSchedule. */
  readonly start: TimeInput;
  /** Seconds. */
  readonly duration: number;
  /** Default: the first unit the station supports. */
  readonly chargingRateUnit?: ChargingRateUnit;
  /** Limits from outside the profiles. */
  readonly externalLimits?: readonly ExternalLimit[];
}

/** Options of `setProfile`. */
export interface SetProfileOptions<W> {
  /** How the profile came; default SetChargingProfile. */
  readonly source?: Exclude<ProfileSource, 'External'>;
  /** The profile as it came on the wire, kept to report it back. */
  readonly wire?: W;
}

/**
 * A station's charging profiles. `W` is the wire type kept beside each
 * profile (for reports). Refusals never throw: they are results.
 */
export class ChargingProfileStore<W = unknown> {
  /** Whose rules apply. */
  readonly version: SmartChargingVersion;
  /** The station the profiles are for. */
  readonly station: StationModel;
  /** What the station declares it supports (empty: no limits). */
  readonly limits: ProfileLimits;
  /** The longest composite schedule computed, in seconds. */
  readonly maxCompositeDuration: number;
  private installed: InstalledProfile<W>[] = [];
  private readonly running = new Map<number, ActiveTransaction>();
  private readonly evseIds: readonly number[];

  constructor(options: ChargingProfileStoreOptions) {
    this.version = options.version;
    this.station = options.station;
    this.limits = options.limits ?? {};
    this.maxCompositeDuration = options.maxCompositeDuration ?? DEFAULT_MAX_COMPOSITE_DURATION;
    this.evseIds = options.station.evses.map((e) => e.id);
  }

  /** How many profiles are installed. */
  get size(): number {
    return this.installed.length;
  }

  /**
   * Installs a profile from the CSMS (SetChargingProfile, or inside a start
   * request) on an EVSE (0: the station), after validating it and resolving
   * conflicts with those installed.
   */
  setProfile(evseId: number, profile: ChargingProfile, options: SetProfileOptions<W> = {}): SetProfileResult {
    return this.install(evseId, profile, options.source ?? 'SetChargingProfile', 'CSO', options.wire);
  }

  /**
   * Installs a limit set locally (an energy management system, the grid
   * operator) as a ChargingStationExternalConstraints profile (2.0.1
   * K11-K14); it replaces the one at its stack level on that EVSE.
   */
  setExternalConstraints(evseId: number, profile: ChargingProfile, source: Exclude<ChargingLimitSource, 'CSO'>, wire?: W): SetProfileResult {
    if (profile.chargingProfilePurpose !== 'ChargingStationExternalConstraints') {
      return { status: 'Rejected', rejection: { reasonCode: 'InvalidValue', additionalInfo: 'an external limit has purpose ChargingStationExternalConstraints', rule: 'K11.FR.06' } };
    }
    return this.install(evseId, profile, 'External', source, wire);
  }

  private install(evseId: number, profile: ChargingProfile, source: ProfileSource, chargingLimitSource: ChargingLimitSource, wire: W | undefined): SetProfileResult {
    const rejection = checkProfile(profile, {
      version: this.version,
      evseId,
      evseIds: this.evseIds,
      transaction: this.running.get(evseId),
      source,
      limits: this.limits,
      supplyPhases: this.station.phases,
    });
    if (rejection !== undefined) return { status: 'Rejected', rejection };
    const conflict = resolveConflicts(this.installed, evseId, profile, this.version, source);
    if ('rejection' in conflict) return { status: 'Rejected', rejection: conflict.rejection };
    const replaced = conflict.replaces as readonly InstalledProfile<W>[];
    const max = this.limits.maxProfiles;
    if (max !== undefined && this.installed.length - replaced.length >= max) {
      return { status: 'Rejected', rejection: { reasonCode: 'OutOfStorage', additionalInfo: `${max} profiles are installed already`, rule: 'MaxChargingProfilesInstalled' } };
    }
    const entry: InstalledProfile<W> = { evseId, profile, chargingLimitSource, ...(wire === undefined ? {} : { wire }) };
    this.installed = this.installed.filter((p) => !replaced.includes(p));
    this.installed.push(entry);
    return { status: 'Accepted', replaced };
  }

  /**
   * Removes the profiles a ClearChargingProfile names and returns them
   * (none: the answer is Unknown). External constraints stay.
   */
  clearProfiles(criteria: ClearCriteria = {}): InstalledProfile<W>[] {
    const removed = this.installed.filter((p) => clearMatches(criteria, p));
    if (removed.length > 0) this.installed = this.installed.filter((p) => !removed.includes(p));
    return removed;
  }

  /** Removes external constraints (ClearedChargingLimit): of one source, on one EVSE, or all. */
  clearExternalConstraints(evseId?: number, source?: ChargingLimitSource): InstalledProfile<W>[] {
    const taken = (p: InstalledProfile<W>): boolean =>
      p.profile.chargingProfilePurpose === 'ChargingStationExternalConstraints' &&
      (evseId === undefined || p.evseId === evseId) &&
      (source === undefined || p.chargingLimitSource === source);
    const removed = this.installed.filter(taken);
    if (removed.length > 0) this.installed = this.installed.filter((p) => !taken(p));
    return removed;
  }

  /** The installed profiles a GetChargingProfiles names (all by default), in install order. */
  profiles(query: ProfileQuery = {}): InstalledProfile<W>[] {
    return this.installed.filter((p) => queryMatches(query, p));
  }

  /** Removes profiles whose validTo has passed: they can never apply again. */
  removeExpired(now: TimeInput): InstalledProfile<W>[] {
    const t = epochSeconds(now);
    const expired = this.installed.filter((p) => p.profile.validTo !== undefined && p.profile.validTo <= t);
    if (expired.length > 0) this.installed = this.installed.filter((p) => !expired.includes(p));
    return expired;
  }

  /**
   * A transaction starts on an EVSE. A 1.6 transaction gets its id from
   * StartTransaction.conf later (`setTransactionId`). TxProfiles that came in
   * the start request take this transaction's id.
   */
  beginTransaction(evseId: number, start: TimeInput, transactionId?: string): void {
    this.running.set(evseId, { start: epochSeconds(start), ...(transactionId === undefined ? {} : { transactionId }) });
    if (transactionId !== undefined) this.bindPending(evseId, transactionId);
  }

  /** The id of the transaction running on an EVSE is now known (1.6 StartTransaction.conf). */
  setTransactionId(evseId: number, transactionId: string): void {
    const running = this.running.get(evseId);
    if (running === undefined) return;
    this.running.set(evseId, { ...running, transactionId });
    this.bindPending(evseId, transactionId);
  }

  private bindPending(evseId: number, transactionId: string): void {
    this.installed = this.installed.map((p) =>
      p.evseId === evseId && p.profile.chargingProfilePurpose === 'TxProfile' && p.profile.transactionId === undefined
        ? { ...p, profile: { ...p.profile, transactionId } }
        : p,
    );
  }

  /**
   * The transaction on an EVSE ended: its TxProfiles go (1.6 3.13.1: they
   * SHOULD be deleted; a TxProfile ceases to be valid when its transaction
   * ends, 1.6 7.10). Returns them.
   */
  endTransaction(evseId: number): InstalledProfile<W>[] {
    this.running.delete(evseId);
    const taken = (p: InstalledProfile<W>): boolean => p.evseId === evseId && p.profile.chargingProfilePurpose === 'TxProfile';
    const removed = this.installed.filter(taken);
    if (removed.length > 0) this.installed = this.installed.filter((p) => !taken(p));
    return removed;
  }

  /** The transaction running on an EVSE, if any. */
  transaction(evseId: number): ActiveTransaction | undefined {
    return this.running.get(evseId);
  }

  /**
   * The composite schedule of an EVSE (0: the station) from the installed
   * profiles and running transactions, at most `maxCompositeDuration` long.
   * Throws a RangeError for an EVSE the station does not have.
   */
  compositeSchedule(request: CompositeRequest): CompositeSchedule {
    return compositeSchedule({
      profiles: this.installed,
      station: this.station,
      transactions: this.running,
      evseId: request.evseId,
      start: request.start,
      duration: Math.min(request.duration, this.maxCompositeDuration),
      chargingRateUnit: request.chargingRateUnit ?? this.limits.rateUnits?.[0] ?? 'A',
      ...(request.externalLimits === undefined ? {} : { externalLimits: request.externalLimits }),
    });
  }
}
