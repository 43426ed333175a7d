/**
 * `ocpp csms --db`: the station registry and the tokens kept in the
 * durable CsmsStore, so that stations added, passwords changed (by the
 * operator or by a SetVariables the station accepted, TC_A_09), minimum
 * security profiles, pre-registrations and idTokens outlive the process.
 *
 * Both stores are read whole when the CSMS starts and written through on
 * every change, so a connection's check does not wait for the file.
 * Passwords are kept as the store's scrypt hashes, never as text: after a
 * restart an entry carries `passwordHash` and the registry verifies
 * against it. Not kept: a password change still waiting for the station's
 * reboot (the old password's grace ends with the process) and a higher
 * profile the station has not used yet; a token's groupType, evseIds,
 * chargingPriority, language and personalMessage (the store has no place
 * for them).
 */
import type { CsmsStore, IdTokenRecord, StationRecord } from '../../durable/index.js';
import { hashPassword } from '../../durable/index.js';
import type { StationEntry, StationStore, TokenRecord, TokenStatus, TokenStore } from './services/index.js';
import { tokenStatuses } from './services/index.js';

/** Writes under way, so a CSMS that stops waits for them. */
class Writes {
  private readonly pending = new Set<Promise<unknown>>();
  /** Runs `write`, noted until it ends. */
  protected track<T>(write: Promise<T>): Promise<T> {
    this.pending.add(write);
    void write.finally(() => this.pending.delete(write)).catch(() => undefined);
    return write;
  }
  /** Resolves once every write begun so far has ended. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }
}

/** Stations of the registry in the CsmsStore (see the module comment). */
export class DurableStationStore extends Writes implements StationStore {
  private readonly entries = new Map<string, StationEntry>();
  private readonly chain = new Map<string, Promise<void>>();

  private constructor(
    private readonly store: CsmsStore,
    private readonly onError: (text: string) => void,
  ) {
    super();
  }

  /** Reads every stored station. */
  static async open(store: CsmsStore, onError: (text: string) => void): Promise<DurableStationStore> {
    const s = new DurableStationStore(store, onError);
    for (const r of await store.stations()) {
      s.entries.set(r.identity, {
        identity: r.identity,
        ...(r.passwordHash !== undefined && { passwordHash: r.passwordHash }),
        ...(r.securityProfile !== undefined && [0, 1, 2, 3].includes(r.securityProfile) && { securityProfile: r.securityProfile as 0 | 1 | 2 | 3 }),
        ...(r.registration !== 'Unknown' && { registration: r.registration === 'Accepted' || r.registration === 'Pending' || r.registration === 'Rejected' ? r.registration : 'Unknown' }),
      });
    }
    return s;
  }

  get(identity: string): StationEntry | undefined {
    return this.entries.get(identity);
  }

  put(entry: StationEntry): Promise<void> {
    return this.track(this.save(entry));
  }

  private async save(entry: StationEntry): Promise<void> {
    const old = this.entries.get(entry.identity);
    // A password set in this process is hashed once; an entry read from the file keeps its hash.
    const passwordHash = entry.password === undefined ? entry.passwordHash : entry.password === old?.password && old.passwordHash !== undefined ? old.passwordHash : await hashPassword(entry.password);
    const kept: StationEntry = { ...entry, ...(passwordHash !== undefined && { passwordHash }) };
    this.entries.set(entry.identity, kept);
    await this.write(entry.identity, (stored) => ({
      ...stored,
      registration: kept.registration ?? stored.registration,
      ...(kept.securityProfile !== undefined && { securityProfile: kept.securityProfile }),
      ...(passwordHash !== undefined && { passwordHash }),
    }));
  }

  async delete(identity: string): Promise<boolean> {
    const had = this.entries.delete(identity);
    await this.track(this.store.deleteStation(identity)).catch((err: unknown) => this.onError(`cannot delete station ${identity}: ${message(err)}`));
    return had;
  }

  list(): StationEntry[] {
    return [...this.entries.values()];
  }

  /**
   * Reads the stored station, changes it and writes it back, one change of
   * a station after another (the boot's record, persistence.ts, goes the
   * same way), so that no change is lost to another's stale read.
   */
  update(identity: string, change: (stored: StationRecord | undefined) => StationRecord | Promise<StationRecord>): Promise<void> {
    const previous = this.chain.get(identity) ?? Promise.resolve();
    const next = previous.then(async () => {
      try {
        await this.store.saveStation(await change(await this.store.station(identity)));
      } catch (err) {
        this.onError(`cannot store station ${identity}: ${message(err)}`);
      }
    });
    this.chain.set(identity, next);
    void next.then(() => {
      if (this.chain.get(identity) === next) this.chain.delete(identity);
    });
    return this.track(next);
  }

  private write(identity: string, change: (stored: StationRecord) => StationRecord): Promise<void> {
    return this.update(identity, (stored) => {
      const now = new Date().toISOString();
      return change(stored ?? { identity, registration: 'Unknown', boots: 0, firstSeen: now, lastSeen: now });
    });
  }
}

/** idTokens of the TokenService in the CsmsStore (see the module comment). */
export class DurableTokenStore extends Writes implements TokenStore {
  private readonly tokens = new Map<string, TokenRecord>();

  private constructor(
    private readonly store: CsmsStore,
    private readonly onError: (text: string) => void,
  ) {
    super();
  }

  /** Reads every stored idToken. */
  static async open(store: CsmsStore, onError: (text: string) => void): Promise<DurableTokenStore> {
    const s = new DurableTokenStore(store, onError);
    for (const r of await store.idTokens()) {
      const status = (tokenStatuses as readonly string[]).includes(r.status) ? (r.status as TokenStatus) : 'Invalid';
      s.tokens.set(r.idToken, {
        idToken: r.idToken,
        status,
        ...(r.type !== '' && { type: r.type }),
        ...(r.groupIdToken !== undefined && { groupId: r.groupIdToken }),
        ...(r.expiryDate !== undefined && { expiresAt: r.expiryDate }),
      });
    }
    return s;
  }

  get(idToken: string): TokenRecord | undefined {
    return this.tokens.get(idToken);
  }

  put(record: TokenRecord): Promise<void> {
    return this.track(this.save(record));
  }

  private async save(record: TokenRecord): Promise<void> {
    const old = this.tokens.get(record.idToken);
    this.tokens.set(record.idToken, record);
    const stored: IdTokenRecord = {
      idToken: record.idToken,
      type: record.type ?? '',
      status: record.status,
      ...(record.groupId !== undefined && { groupIdToken: record.groupId }),
      ...(record.expiresAt !== undefined && { expiryDate: record.expiresAt }),
    };
    try {
      if (old !== undefined && (old.type ?? '') !== stored.type) await this.store.deleteIdToken(old.idToken, old.type ?? '');
      await this.store.saveIdToken(stored);
    } catch (err) {
      this.onError(`cannot store idToken ${record.idToken}: ${message(err)}`);
    }
  }

  async delete(idToken: string): Promise<boolean> {
    const old = this.tokens.get(idToken);
    if (old === undefined) return false;
    this.tokens.delete(idToken);
    await this.track(this.store.deleteIdToken(idToken, old.type ?? '')).catch((err: unknown) => this.onError(`cannot delete idToken ${idToken}: ${message(err)}`));
    return true;
  }

  list(): TokenRecord[] {
    return [...this.tokens.values()];
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
