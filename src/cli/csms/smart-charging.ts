/**
 * The test CSMS's smart charging: a site limit (`ocpp csms --site-limit`)
 * shared between the transactions running on every station, so that the
 * charging-profile messages run end to end. The allocation is deliberately
 * simple: each active transaction gets an equal share of the limit
 * (rounded down to 0.1 W or A), as a TxProfile for that transaction
 * (Relative, one period, stack level 0, in the site limit's unit), sent
 * again to every transaction whose share changed when a transaction starts
 * or ends, and to a station that boots again. A limit in A is per phase, as
 * OCPP's are; a station that supports only the other unit refuses the
 * profile (UnsupportedRateUnit), which the record shows.
 *
 * NotifyEVChargingNeeds (K15) is answered Processing when a site limit is
 * set, and that transaction's TxProfile follows at once (again, as K15.FR.17
 * expects after an EV's needs; or when the transaction starts, if the CSMS
 * has not heard of it yet); Accepted without one, when no profile follows.
 * NotifyEVChargingSchedule is answered Accepted and kept with the
 * transaction's record.
 *
 * It works on the CsmsState's transaction events and the facade's neutral
 * setChargingProfile, so 1.6 stations get their share as 2.x ones do (a 1.6
 * TxProfile names the CSMS's integer transaction id); the handlers it adds
 * (2.x only) override the state's.
 */
import type {
  ChargingRateUnitEnumType,
  ChargingScheduleType,
  ChargingNeedsType,
  CsmsHandlers,
  V201,
  neutral,
} from '../lib.js';
import { roundLimit } from '../lib.js';
import type { CsmsState, StationIdentityContext, TransactionRecord } from './state.js';

/** The most the site may draw: W in total, or A per phase. */
export interface SiteLimit {
  readonly limit: number;
  readonly unit: ChargingRateUnitEnumType;
}

/**
 * Reads a site limit: a number of watts (`22000`, `22000W`, `22kW`) or of
 * amperes per phase (`32A`). Throws a RangeError saying what is wrong.
 */
export function parseSiteLimit(text: string): SiteLimit {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(w|kw|a)?\s*$/i.exec(text);
  if (m === null) throw new RangeError(`${JSON.stringify(text)} is not a limit: give watts (22000, 22kW) or amperes per phase (32A)`);
  const value = Number(m[1]);
  const unit = (m[2] ?? 'w').toLowerCase();
  const limit = unit === 'kw' ? value * 1000 : value;
  if (!(limit > 0) || !Number.isFinite(limit)) throw new RangeError(`the site limit must be above 0, not ${JSON.stringify(text)}`);
  return { limit, unit: unit === 'a' ? 'A' : 'W' };
}

/** One transaction's TxProfile as the CSMS sent it, and what became of it. */
export interface ProfileRecord {
  readonly transactionId: string;
  readonly station: string;
  readonly evseId: number;
  readonly chargingProfileId: number;
  /** The share last sent, in `unit`. */
  limit: number;
  readonly unit: ChargingRateUnitEnumType;
  /** Sent: no answer yet; Failed: no answer at all (a CALLERROR, a timeout, the station gone). */
  status: 'Sent' | 'Accepted' | 'Rejected' | 'NotSupported' | 'Failed';
  /** Why it was refused or failed. */
  reason: string | undefined;
  sentAt: string;
  /** The EV's charging needs, when its station told them (NotifyEVChargingNeeds). */
  evChargingNeeds: ChargingNeedsType | undefined;
  /** The schedule the EV chose, when its station told it (NotifyEVChargingSchedule). */
  evChargingSchedule: ChargingScheduleType | undefined;
}

export interface SiteSharingOptions {
  readonly state: CsmsState;
  /** Undefined: no site limit, no profiles. */
  readonly siteLimit?: SiteLimit | undefined;
  /** Sends a neutral SetChargingProfile to a station of any version; rejects when it cannot (not connected, CALLERROR, timeout). */
  readonly setChargingProfile: (identity: string, command: neutral.SetChargingProfile) => Promise<neutral.CommandStatus<'Accepted' | 'Rejected' | 'NotSupported'>>;
  readonly isConnected: (identity: string) => boolean;
}

type SmartChargingHandlers = Required<Pick<CsmsHandlers<V201, StationIdentityContext>, 'NotifyEVChargingNeeds' | 'NotifyEVChargingSchedule'>>;

export class SiteSharing {
  readonly siteLimit: SiteLimit | undefined;
  /** By transactionId: the active transactions' profiles. */
  private readonly records = new Map<string, ProfileRecord>();
  /** Transactions whose profile goes again even if their share is unchanged (their EV's needs came). */
  private readonly resend = new Set<string>();
  private nextProfileId = 1;
  private scheduled = false;

  constructor(private readonly o: SiteSharingOptions) {
    this.siteLimit = o.siteLimit;
    if (this.siteLimit === undefined) return;
    o.state.on('transactionStarted', () => this.rebalance());
    o.state.on('transactionEnded', (t) => {
      this.records.delete(t.transactionId);
      this.rebalance();
    });
    o.state.on('booted', (_s, status) => {
      if (status === 'Accepted') this.rebalance();
    });
  }

  /** The share each active transaction gets now, in the site limit's unit. */
  share(): number | undefined {
    if (this.siteLimit === undefined) return undefined;
    return roundLimit(this.siteLimit.limit / Math.max(1, this.active().length));
  }

  handlers(): SmartChargingHandlers {
    return {
      NotifyEVChargingNeeds: (request, ctx) => {
        this.o.state.station(ctx.identity).lastSeen = new Date().toISOString();
        if (this.siteLimit === undefined) return { status: 'Accepted' };
        const tx = this.active().find((t) => t.station === ctx.identity && t.evseId === request.evseId);
        if (tx !== undefined) {
          this.record(tx).evChargingNeeds = request.chargingNeeds;
          this.resend.add(tx.transactionId);
          this.rebalance();
        }
        return { status: 'Processing' };
      },
      NotifyEVChargingSchedule: (request, ctx) => {
        this.o.state.station(ctx.identity).lastSeen = new Date().toISOString();
        const record = [...this.records.values()].find((r) => r.station === ctx.identity && r.evseId === request.evseId);
        if (record !== undefined) record.evChargingSchedule = request.chargingSchedule;
        return { status: 'Accepted' };
      },
    };
  }

  /** The profiles sent to a station's active transactions, for the operator API. */
  stationJson(identity: string): { chargingProfiles: ProfileRecord[] } {
    return { chargingProfiles: [...this.records.values()].filter((r) => r.station === identity) };
  }

  /** Shares the limit again once the current message is answered. */
  rebalance(): void {
    if (this.scheduled || this.siteLimit === undefined) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.allocate();
    });
  }

  /** Active transactions whose EVSE is known: each draws power whether or not its station is reachable. */
  private active(): TransactionRecord[] {
    return [...this.o.state.transactions.values()].filter((t) => t.state === 'Active' && t.evseId !== undefined && t.evseId > 0);
  }

  private record(tx: TransactionRecord): ProfileRecord {
    let record = this.records.get(tx.transactionId);
    if (record === undefined) {
      record = {
        transactionId: tx.transactionId,
        station: tx.station,
        evseId: tx.evseId!,
        chargingProfileId: this.nextProfileId++,
        limit: NaN,
        unit: this.siteLimit!.unit,
        status: 'Sent',
        reason: undefined,
        sentAt: '',
        evChargingNeeds: undefined,
        evChargingSchedule: undefined,
      };
      this.records.set(tx.transactionId, record);
    }
    return record;
  }

  private allocate(): void {
    const share = this.share();
    if (share === undefined) return;
    for (const tx of this.active()) {
      const record = this.record(tx);
      const again = this.resend.delete(tx.transactionId);
      if (!this.o.isConnected(tx.station) || (record.limit === share && record.status !== 'Failed' && !again)) continue;
      this.send(record, share);
    }
  }

  private send(record: ProfileRecord, limit: number): void {
    record.limit = limit;
    record.status = 'Sent';
    record.reason = undefined;
    record.sentAt = new Date().toISOString();
    const request: neutral.SetChargingProfile = {
      evseId: record.evseId,
      chargingProfile: {
        id: record.chargingProfileId,
        stackLevel: 0,
        chargingProfilePurpose: 'TxProfile',
        chargingProfileKind: 'Relative',
        transactionId: record.transactionId,
        chargingSchedule: [{ id: 1, chargingRateUnit: record.unit, chargingSchedulePeriod: [{ startPeriod: 0, limit }] }],
      },
    };
    this.o.setChargingProfile(record.station, request).then(
      (response) => {
        // A later share may have gone meanwhile: only the answer to the last one counts.
        if (record.limit !== limit) return;
        record.status = response.status;
        record.reason = response.statusInfo?.reasonCode ?? (response.status === 'NotSupported' ? 'NotSupported' : undefined);
      },
      (err: unknown) => {
        if (record.limit !== limit) return;
        record.status = 'Failed';
        record.reason = err instanceof Error ? err.message : String(err);
      },
    );
  }
}
