/**
 * The stations a CSMS knows and the credentials each must show, changed
 * while the CSMS runs and kept in a `StationStore` (in memory here; a
 * durable store implements the same four methods, so a CSMS that restarts
 * still knows them):
 *
 * - `authenticate` is the CsmsServer hook: unknown stations are refused
 *   (404) unless admitted, a connection below the station's security
 *   profile is refused (A05, TC_A_19_CSMS), and the Basic auth password is
 *   compared in constant time.
 * - A password the station accepted replaces the old one at once, which is
 *   then refused (A01.FR.03; TC_A_09_CSMS). One it accepted for after its
 *   reboot (RebootRequired) is admitted beside the old one until the
 *   station first uses it. A rejected one changes nothing (TC_A_10_CSMS).
 * - A higher profile the station accepted becomes its minimum once it has
 *   connected with it; after that the lower one is refused.
 * - The registration status of its last BootNotification is kept, so a
 *   station that reconnects without booting after a CSMS restart is served
 *   (`attach`), not answered SecurityError until it reboots.
 */
import type { AuthenticateInfo, AuthenticateResult, ConnectInfo, CsmsServer, SecurityProfile } from '../../lib.js';
import { passwordsEqual } from '../../lib.js';
import { verifyPassword } from '../../../durable/index.js';
import type { Awaitable } from './awaitable.js';
import type { PasswordChange, ProfileChange } from './credential-changes.js';

/** Where a station's registration stood after its last BootNotification. */
export type StationRegistration = 'Accepted' | 'Pending' | 'Rejected' | 'Unknown';

/** One station the CSMS knows. */
export interface StationEntry {
  /** Its identity (the last segment of its URL, the Basic auth user). */
  readonly identity: string;
  /** Its Basic auth password (profiles 1 and 2); absent: the registry's default, or none asked. */
  readonly password?: string;
  /** The password's stored form (`hashPassword`), when a durable store keeps no text: checked when `password` is absent. */
  readonly passwordHash?: string;
  /** A password still admitted while a change that waits for the station's reboot is under way. */
  readonly previousPassword?: string;
  /** The lowest security profile it may connect with. Default 0. */
  readonly securityProfile?: SecurityProfile;
  /** A higher profile it accepted, which becomes `securityProfile` once it connects with it. */
  readonly pendingSecurityProfile?: SecurityProfile;
  /** Its registration after its last BootNotification. Default Unknown. */
  readonly registration?: StationRegistration;
}

/** Where stations are kept. Each method may answer at once or with a promise. */
export interface StationStore {
  /** The station with this identity, if any. */
  get(identity: string): Awaitable<StationEntry | undefined>;
  /** Adds or replaces a station. */
  put(entry: StationEntry): Awaitable<void>;
  /** Removes a station; true when there was one. */
  delete(identity: string): Awaitable<boolean>;
  /** Every station. */
  list(): Awaitable<readonly StationEntry[]>;
}

/** A StationStore in a Map. */
export class MemoryStationStore implements StationStore {
  private readonly stations = new Map<string, StationEntry>();
  /** The station with this identity, if any. */
  get(identity: string): StationEntry | undefined {
    return this.stations.get(identity);
  }
  /** Adds or replaces a station. */
  put(entry: StationEntry): void {
    this.stations.set(entry.identity, entry);
  }
  /** Removes a station; true when there was one. */
  delete(identity: string): boolean {
    return this.stations.delete(identity);
  }
  /** Every station, in insertion order. */
  list(): StationEntry[] {
    return [...this.stations.values()];
  }
}

/** Options of a StationRegistry. */
export interface StationRegistryOptions {
  /** Where stations live. Default: a new MemoryStationStore. */
  readonly store?: StationStore;
  /** Admit stations that are not in the store (and add them when they connect). Default false. */
  readonly admitUnknown?: boolean;
  /** The password of stations that have none of their own. */
  readonly defaultPassword?: string;
}

/** A bad station entry or change, refused before it is stored. */
export class StationEntryError extends Error {
  override readonly name: string = 'StationEntryError';
}

/** Stations, their credentials and registration (see the module comment). */
export class StationRegistry {
  /** The store behind this registry. */
  readonly store: StationStore;
  private readonly admitUnknown: boolean;
  private readonly defaultPassword: string | undefined;
  /** Registration found by `authenticate`, for the connect that follows it. */
  private readonly admitted = new Map<string, StationRegistration>();

  constructor(options: StationRegistryOptions = {}) {
    this.store = options.store ?? new MemoryStationStore();
    this.admitUnknown = options.admitUnknown ?? false;
    this.defaultPassword = options.defaultPassword;
  }

  /** Adds a station (pre-registers it with `registration: 'Accepted'`); refuses one that exists. */
  async add(entry: StationEntry): Promise<StationEntry> {
    const checked = checkEntry(entry);
    if ((await this.store.get(checked.identity)) !== undefined) throw new StationEntryError(`station ${checked.identity} exists already`);
    await this.store.put(checked);
    return checked;
  }

  /** Changes fields of a station (undefined in `patch` removes that field). */
  async change(identity: string, patch: Partial<Omit<StationEntry, 'identity'>>): Promise<StationEntry> {
    const old = await this.store.get(identity);
    if (old === undefined) throw new StationEntryError(`no station ${identity}`);
    const merged: Record<string, unknown> = { ...old };
    for (const [key, value] of Object.entries(patch)) {
      if (key === 'identity') continue;
      if (value === undefined) delete merged[key];
      else merged[key] = value;
    }
    const checked = checkEntry(merged as unknown as StationEntry);
    await this.store.put(checked);
    return checked;
  }

  /** Removes a station; true when there was one. */
  async remove(identity: string): Promise<boolean> {
    return this.store.delete(identity);
  }

  /** One station, if known. */
  async get(identity: string): Promise<StationEntry | undefined> {
    return this.store.get(identity);
  }

  /** Every station. */
  async list(): Promise<readonly StationEntry[]> {
    return this.store.list();
  }

  /** Sets a station's password at once (the operator's doing; the station must learn it by other means). */
  async setPassword(identity: string, password: string): Promise<StationEntry> {
    return this.change(identity, { password, previousPassword: undefined });
  }

  /**
   * Applies a password change the CSMS sent (see credential-changes.ts):
   * Accepted replaces the password (the old one is refused from now on),
   * RebootRequired admits both until the new one is used, Rejected keeps
   * the old one.
   */
  async passwordChanged(identity: string, change: PasswordChange): Promise<StationEntry | undefined> {
    const entry = await this.store.get(identity);
    if (entry === undefined || change.outcome === 'Rejected') return entry;
    if (change.outcome === 'Accepted') return this.change(identity, { password: change.password, previousPassword: undefined });
    const previous = entry.password ?? this.defaultPassword;
    return this.change(identity, { password: change.password, previousPassword: previous });
  }

  /**
   * Applies a security profile change the CSMS sent: a higher profile the
   * station accepted (now or after its reboot) becomes its minimum once it
   * has connected with it.
   */
  async profileChanged(identity: string, change: ProfileChange): Promise<StationEntry | undefined> {
    const entry = await this.store.get(identity);
    if (entry === undefined || change.outcome === 'Rejected') return entry;
    const profile = change.securityProfile;
    if (profile < 0 || profile > 3 || profile <= (entry.securityProfile ?? 0)) return entry;
    return this.change(identity, { pendingSecurityProfile: profile as SecurityProfile });
  }

  /** Notes the answer the CSMS gave a station's BootNotification. */
  async registered(identity: string, registration: StationRegistration): Promise<void> {
    const entry = await this.store.get(identity);
    if (entry === undefined) {
      if (this.admitUnknown) await this.store.put({ identity, registration });
      return;
    }
    if (entry.registration !== registration) await this.store.put({ ...entry, registration });
  }

  /** The CsmsServer `authenticate` hook (bound: pass `registry.authenticate`). */
  readonly authenticate = async (info: AuthenticateInfo): Promise<AuthenticateResult> => {
    const entry = await this.store.get(info.identity);
    if (entry === undefined && !this.admitUnknown) return { status: 404, message: `unknown station ${info.identity}` };
    const minimum = entry?.securityProfile ?? 0;
    if (info.securityProfile < minimum) {
      return { status: 401, message: `station ${info.identity} must connect with security profile ${minimum} or higher` };
    }
    // Profile 3 proved the identity with its certificate (the transport checked its CN).
    if (info.securityProfile < 3) {
      const hash = entry?.password === undefined ? entry?.passwordHash : undefined;
      const expected = entry?.password ?? (hash === undefined ? this.defaultPassword : undefined);
      if (expected !== undefined || hash !== undefined) {
        if (info.password === undefined) return { status: 401, message: 'a password is required' };
        const current = expected !== undefined ? passwordsEqual(info.password, expected) : await verifyPassword(info.password, hash!);
        const previous = !current && entry?.previousPassword !== undefined && passwordsEqual(info.password, entry.previousPassword);
        if (!current && !previous) return { status: 401, message: 'wrong password' };
        // The new password in use ends the grace of the old one.
        if (current && entry?.previousPassword !== undefined) await this.change(info.identity, { previousPassword: undefined });
      }
    }
    this.admitted.set(info.identity, entry?.registration ?? 'Unknown');
    return true;
  };

  /**
   * Notes a connection the server accepted: a pending higher profile used
   * now becomes the minimum, an unknown admitted station is added.
   */
  async connected(identity: string, securityProfile: number): Promise<void> {
    const entry = await this.store.get(identity);
    if (entry === undefined) {
      if (this.admitUnknown) await this.store.put({ identity });
      return;
    }
    const pending = entry.pendingSecurityProfile;
    if (pending !== undefined && securityProfile >= pending) await this.change(identity, { securityProfile: pending, pendingSecurityProfile: undefined });
  }

  /**
   * Joins the registry to a server whose `authenticate` is this registry's:
   * each accepted connection is noted, and a station the server serves
   * afresh (after a restart of the CSMS) gets back the registration it had,
   * so its calls are served without a new BootNotification.
   */
  attach(server: Pick<CsmsServer, 'on' | 'station'>): void {
    server.on('connect', (identity: string, info: ConnectInfo) => {
      const registration = this.admitted.get(identity);
      this.admitted.delete(identity);
      if (!info.resumed && registration !== undefined && registration !== 'Unknown') server.station(identity)?.registration?.setStatus(registration);
      this.connected(identity, info.securityProfile).catch(() => undefined);
    });
  }
}

function checkEntry(e: StationEntry): StationEntry {
  const bad = (why: string): never => {
    throw new StationEntryError(`station ${String(e.identity)}: ${why}`);
  };
  // Part 4, 3.1.1: at most 48 characters, no ':' (the Basic auth separator); no '/' either, as the transport asks.
  if (typeof e.identity !== 'string' || e.identity === '' || [...e.identity].length > 48 || /[:/\u0000-\u001f\u007f]/.test(e.identity)) {
    bad('the identity must be 1 to 48 characters without ":", "/" or control characters');
  }
  if (e.passwordHash !== undefined && typeof e.passwordHash !== 'string') bad('passwordHash must be a string');
  for (const key of ['password', 'previousPassword'] as const) {
    const p = e[key];
    if (p !== undefined && (typeof p !== 'string' || p === '' || p.length > 64)) bad(`${key} must be 1 to 64 characters`);
  }
  for (const key of ['securityProfile', 'pendingSecurityProfile'] as const) {
    const p = e[key];
    if (p !== undefined && ![0, 1, 2, 3].includes(p)) bad(`${key} must be 0, 1, 2 or 3`);
  }
  if (e.registration !== undefined && !['Accepted', 'Pending', 'Rejected', 'Unknown'].includes(e.registration)) bad('registration must be Accepted, Pending, Rejected or Unknown');
  return {
    identity: e.identity,
    ...(e.password !== undefined && { password: e.password }),
    ...(e.passwordHash !== undefined && e.password === undefined && { passwordHash: e.passwordHash }),
    ...(e.previousPassword !== undefined && { previousPassword: e.previousPassword }),
    ...(e.securityProfile !== undefined && { securityProfile: e.securityProfile }),
    ...(e.pendingSecurityProfile !== undefined && { pendingSecurityProfile: e.pendingSecurityProfile }),
    ...(e.registration !== undefined && { registration: e.registration }),
  };
}
