/**
 * The CSMS's idTokens (use cases C01, C09 GroupId, C16 MasterPass): each
 * with a status, an expiry, a group and what the station may show, kept in
 * a `TokenStore` (in memory here; a durable store implements the same four
 * methods) and judged by `TokenService.authorize`. The decision is
 * version-neutral; `token-info.ts` turns it into 2.x idTokenInfo or 1.6
 * idTagInfo.
 */
import type { Awaitable } from './awaitable.js';

/** Every authorization status of 2.0.1 and 2.1 (1.6 knows the first five; see `idTagInfo16`). */
export const tokenStatuses = ['Accepted', 'Blocked', 'Expired', 'Invalid', 'ConcurrentTx', 'NoCredit', 'NotAllowedTypeEVSE', 'NotAtThisLocation', 'NotAtThisTime', 'Unknown'] as const;

/** One authorization status (2.x spelling). */
export type TokenStatus = (typeof tokenStatuses)[number];

/** A message for the station's display (2.x MessageContentType). */
export interface TokenMessage {
  /** ASCII, HTML, URI or UTF8. */
  readonly format: 'ASCII' | 'HTML' | 'URI' | 'UTF8';
  /** The text. */
  readonly content: string;
  /** Language code (RFC 5646), when known. */
  readonly language?: string;
}

/** One idToken the CSMS knows. */
export interface TokenRecord {
  /** The token's value (2.x idToken.idToken, 1.6 idTag). */
  readonly idToken: string;
  /** Its 2.x type (ISO14443, eMAID...); absent: any type matches. */
  readonly type?: string;
  /** The status it is given while not expired. */
  readonly status: TokenStatus;
  /** RFC 3339 time after which it is Expired (sent as cacheExpiryDateTime / expiryDate). */
  readonly expiresAt?: string;
  /** The group's token value (2.x groupIdToken.idToken, 1.6 parentIdTag). */
  readonly groupId?: string;
  /** The 2.x type of the group token. Default Central. */
  readonly groupType?: string;
  /** EVSEs it may be used on (2.x evseId); absent: every EVSE. */
  readonly evseIds?: readonly number[];
  /** 2.x chargingPriority, -9..9. */
  readonly chargingPriority?: number;
  /** 2.x language1. */
  readonly language?: string;
  /** 2.x personalMessage. */
  readonly personalMessage?: TokenMessage;
}

/**
 * Where tokens are kept. Each method may answer at once or with a promise,
 * so a database can back it.
 */
export interface TokenStore {
  /** The token with this value, if any. */
  get(idToken: string): Awaitable<TokenRecord | undefined>;
  /** Adds or replaces the token with this value. */
  put(record: TokenRecord): Awaitable<void>;
  /** Removes a token; true when there was one. */
  delete(idToken: string): Awaitable<boolean>;
  /** Every token. */
  list(): Awaitable<readonly TokenRecord[]>;
}

/** A TokenStore in a Map, for tests and a CSMS without a database. */
export class MemoryTokenStore implements TokenStore {
  private readonly tokens = new Map<string, TokenRecord>();
  /** The token with this value, if any. */
  get(idToken: string): TokenRecord | undefined {
    return this.tokens.get(idToken);
  }
  /** Adds or replaces a token. */
  put(record: TokenRecord): void {
    this.tokens.set(record.idToken, record);
  }
  /** Removes a token; true when there was one. */
  delete(idToken: string): boolean {
    return this.tokens.delete(idToken);
  }
  /** Every token, in insertion order. */
  list(): TokenRecord[] {
    return [...this.tokens.values()];
  }
}

/** What the CSMS answers about one presented token, before it is spelled for a version. */
export interface TokenDecision {
  /** The status to send. */
  readonly status: TokenStatus;
  /** True when the token is in the store. */
  readonly known: boolean;
  /** True when the token's group is the master pass group (C16). */
  readonly masterPass: boolean;
  /** The stored record, when known. */
  readonly record?: TokenRecord;
  /** Expiry to send (cacheExpiryDateTime / expiryDate), for a token that is not yet expired. */
  readonly expiresAt?: string;
  /** The group token's value and type to send. */
  readonly group?: { readonly idToken: string; readonly type: string };
}

/** Options of a TokenService. */
export interface TokenServiceOptions {
  /** Where tokens live. Default: a new MemoryTokenStore. */
  readonly store?: TokenStore;
  /** Status of a token not in the store. Default Unknown (1.6: Invalid). 'Accepted' accepts every token. */
  readonly unknownStatus?: TokenStatus;
  /** The group whose members are master passes (the station's MasterPassGroupId, C16). */
  readonly masterPassGroupId?: string;
  /** The clock. Default Date.now. */
  readonly now?: () => number;
}

/** A bad token record, refused before it is stored. */
export class TokenRecordError extends Error {
  override readonly name: string = 'TokenRecordError';
}

/** Longest idToken of any version (2.1: 255; 2.0.1 allows 36 and 1.6 20, which shorter stations never exceed). */
const MAX_ID_TOKEN = 255;

/** Tokens: create, change, delete, list, and the decision on a presented token. */
export class TokenService {
  /** The store behind this service. */
  readonly store: TokenStore;
  /** The master pass group, if any (C16). */
  readonly masterPassGroupId: string | undefined;
  private readonly unknownStatus: TokenStatus;
  private readonly now: () => number;

  constructor(options: TokenServiceOptions = {}) {
    this.store = options.store ?? new MemoryTokenStore();
    this.unknownStatus = options.unknownStatus ?? 'Unknown';
    this.masterPassGroupId = options.masterPassGroupId;
    this.now = options.now ?? Date.now;
  }

  /** Adds a token; refuses one whose value is already stored. */
  async create(record: TokenRecord): Promise<TokenRecord> {
    const checked = checkRecord(record);
    if ((await this.store.get(checked.idToken)) !== undefined) throw new TokenRecordError(`idToken ${checked.idToken} exists already`);
    await this.store.put(checked);
    return checked;
  }

  /** Changes fields of a stored token (undefined in `patch` removes that field); the value itself cannot change. */
  async change(idToken: string, patch: Partial<Omit<TokenRecord, 'idToken'>>): Promise<TokenRecord> {
    const old = await this.store.get(idToken);
    if (old === undefined) throw new TokenRecordError(`no idToken ${idToken}`);
    const merged: Record<string, unknown> = { ...old };
    for (const [key, value] of Object.entries(patch)) {
      if (key === 'idToken') continue;
      if (value === undefined) delete merged[key];
      else merged[key] = value;
    }
    const checked = checkRecord(merged as unknown as TokenRecord);
    await this.store.put(checked);
    return checked;
  }

  /** Removes a token; true when there was one. */
  async delete(idToken: string): Promise<boolean> {
    return this.store.delete(idToken);
  }

  /** One token, if stored. */
  async get(idToken: string): Promise<TokenRecord | undefined> {
    return this.store.get(idToken);
  }

  /** Every token. */
  async list(): Promise<readonly TokenRecord[]> {
    return this.store.list();
  }

  /**
   * The decision on a presented token (C01): its stored status unless it
   * has expired, the group it belongs to, whether it is a master pass. A
   * stored token with a type answers Unknown to another type. 2.x
   * NoAuthorization tokens are always Accepted.
   */
  async authorize(idToken: string, type?: string): Promise<TokenDecision> {
    if (type === 'NoAuthorization') return { status: 'Accepted', known: false, masterPass: false };
    const record = await this.store.get(idToken);
    if (record === undefined || (record.type !== undefined && type !== undefined && record.type !== type)) {
      return { status: this.unknownStatus, known: false, masterPass: false };
    }
    const expired = record.expiresAt !== undefined && Date.parse(record.expiresAt) <= this.now();
    const status: TokenStatus = expired && record.status === 'Accepted' ? 'Expired' : record.status;
    const masterPass = record.groupId !== undefined && record.groupId === this.masterPassGroupId;
    return {
      status,
      known: true,
      masterPass,
      record,
      ...(record.expiresAt !== undefined && !expired && { expiresAt: record.expiresAt }),
      ...(record.groupId !== undefined && { group: { idToken: record.groupId, type: record.groupType ?? 'Central' } }),
    };
  }

  /**
   * Whether `stopper` may end a transaction that `starter` authorized: the
   * same token, one of the same group (C09), or a master pass (C16).
   */
  async mayStop(starter: string, stopper: string): Promise<boolean> {
    if (starter === stopper) return true;
    const [a, b] = await Promise.all([this.authorize(starter), this.authorize(stopper)]);
    if (b.status !== 'Accepted') return false;
    if (b.masterPass) return true;
    return a.group !== undefined && b.group !== undefined && a.group.idToken === b.group.idToken;
  }
}

/** Checks a record's fields; answers a copy with only the known ones. */
function checkRecord(r: TokenRecord): TokenRecord {
  const bad = (why: string): never => {
    throw new TokenRecordError(`idToken ${String(r.idToken)}: ${why}`);
  };
  if (typeof r.idToken !== 'string' || r.idToken === '' || r.idToken.length > MAX_ID_TOKEN) bad(`the value must be 1 to ${MAX_ID_TOKEN} characters`);
  if (!(tokenStatuses as readonly string[]).includes(r.status)) bad(`status must be one of ${tokenStatuses.join(', ')}`);
  if (r.type !== undefined && (typeof r.type !== 'string' || r.type === '' || r.type.length > 20)) bad('type must be 1 to 20 characters');
  if (r.expiresAt !== undefined && (typeof r.expiresAt !== 'string' || Number.isNaN(Date.parse(r.expiresAt)))) bad('expiresAt must be an RFC 3339 time');
  if (r.groupId !== undefined && (typeof r.groupId !== 'string' || r.groupId === '' || r.groupId.length > MAX_ID_TOKEN)) bad(`groupId must be 1 to ${MAX_ID_TOKEN} characters`);
  if (r.groupType !== undefined && (typeof r.groupType !== 'string' || r.groupType === '')) bad('groupType must be a token type');
  if (r.groupType !== undefined && r.groupId === undefined) bad('groupType needs a groupId');
  if (r.evseIds !== undefined && (!Array.isArray(r.evseIds) || r.evseIds.length === 0 || !r.evseIds.every((e) => Number.isInteger(e) && e > 0))) bad('evseIds must be a non-empty list of EVSE ids');
  if (r.chargingPriority !== undefined && (!Number.isInteger(r.chargingPriority) || r.chargingPriority < -9 || r.chargingPriority > 9)) bad('chargingPriority must be an integer from -9 to 9');
  if (r.language !== undefined && (typeof r.language !== 'string' || r.language.length > 8)) bad('language must be at most 8 characters');
  const m = r.personalMessage;
  if (m !== undefined && (typeof m !== 'object' || !['ASCII', 'HTML', 'URI', 'UTF8'].includes(m.format) || typeof m.content !== 'string' || m.content.length > 512)) {
    bad('personalMessage needs a format (ASCII, HTML, URI, UTF8) and at most 512 characters of content');
  }
  return {
    idToken: r.idToken,
    status: r.status,
    ...(r.type !== undefined && { type: r.type }),
    ...(r.expiresAt !== undefined && { expiresAt: new Date(r.expiresAt).toISOString() }),
    ...(r.groupId !== undefined && { groupId: r.groupId }),
    ...(r.groupType !== undefined && { groupType: r.groupType }),
    ...(r.evseIds !== undefined && { evseIds: [...r.evseIds] }),
    ...(r.chargingPriority !== undefined && { chargingPriority: r.chargingPriority }),
    ...(r.language !== undefined && { language: r.language }),
    ...(m !== undefined && { personalMessage: { format: m.format, content: m.content, ...(m.language !== undefined && { language: m.language }) } }),
  };
}
