/**
 * Authorization (C01, C09-C16, D01): the local authorization list, the
 * authorization cache (C10: every idTokenInfo the CSMS sends is kept,
 * entries unused for AuthCacheCtrlr.LifeTime or past their
 * cacheExpiryDateTime are dropped), and the choice between them and an
 * AuthorizeRequest that AuthCtrlr and the two controllers' variables make:
 * LocalPreAuthorize (C12), DisablePostAuthorize (C12.FR.05), LocalAuthorizeOffline
 * and OfflineTxForUnknownIdEnabled (C15), DisableRemoteAuthorization (C01.FR.05).
 */
import type { AuthorizationData, IdTokenInfoType, IdTokenType } from '../lib.js';
import type { DeviceModel } from './device-model.js';
import type { StationLink } from './link.js';

export function tokenKey(idToken: IdTokenType): string {
  return `${idToken.type}\u0000${idToken.idToken}`;
}

/** LocalAuthListCtrlr.Entries' maxLimit. */
const MAX_LIST_ENTRIES = 1000;

interface CacheEntry {
  readonly info: IdTokenInfoType;
  usedMs: number;
}

/** What a presented idToken was found to be, and where the answer came from. */
export interface Verdict {
  readonly info: IdTokenInfoType | undefined;
  /** 'csms': an AuthorizeResponse; 'list' / 'cache': looked up here; 'unknownOffline': allowed by OfflineTxForUnknownIdEnabled. */
  readonly source: 'csms' | 'list' | 'cache' | 'unknownOffline' | 'none' | 'disabled';
}

export class Authorizer {
  private readonly cache = new Map<string, CacheEntry>();
  readonly localList = new Map<string, IdTokenInfoType>();
  localListVersion = 0;

  constructor(
    private readonly link: StationLink,
    private readonly model: DeviceModel,
  ) {}

  get cacheSize(): number {
    return this.cache.size;
  }

  /** Decides on a presented idToken: local list and cache first where allowed, then the CSMS. */
  async authorize(idToken: IdTokenType): Promise<Verdict> {
    const m = this.model;
    if (!m.boolean('AuthCtrlr', 'Enabled', true) || idToken.type === 'NoAuthorization') return { info: { status: 'Accepted' }, source: 'disabled' };
    const key = tokenKey(idToken);
    const listed = m.boolean('LocalAuthListCtrlr', 'Enabled', true) ? this.localList.get(key) : undefined;
    const cached = listed === undefined ? this.cached(key) : undefined;
    const local: Verdict = listed !== undefined ? { info: listed, source: 'list' } : cached !== undefined ? { info: cached, source: 'cache' } : { info: undefined, source: 'none' };
    const online = this.link.connected;
    if (online && m.boolean('AuthCtrlr', 'LocalPreAuthorize', false) && local.info !== undefined) {
      if (local.info.status === 'Accepted') return local;
      // C12.FR.05: a stored idToken that is not Accepted is asked about again, unless post-authorization is off.
      const controller = local.source === 'list' ? 'LocalAuthListCtrlr' : 'AuthCacheCtrlr';
      if (m.boolean(controller, 'DisablePostAuthorize', false)) return local;
    }
    if (m.boolean('AuthCtrlr', 'DisableRemoteAuthorization', false)) return local;
    if (online) {
      const response = await this.link.send('Authorize', { idToken });
      if (response !== undefined) {
        this.remember(idToken, response.idTokenInfo);
        return { info: response.idTokenInfo, source: 'csms' };
      }
    }
    return this.offline(local);
  }

  /** C15: offline, the local list and cache decide; an unknown idToken only where OfflineTxForUnknownIdEnabled. */
  private offline(local: Verdict): Verdict {
    const m = this.model;
    if (!m.boolean('AuthCtrlr', 'LocalAuthorizeOffline', true)) return { info: undefined, source: 'none' };
    if (local.info !== undefined) return local;
    if (m.boolean('AuthCtrlr', 'OfflineTxForUnknownIdEnabled', false)) return { info: { status: 'Accepted' }, source: 'unknownOffline' };
    return local;
  }

  /** C10.FR.04 / C10.FR.05: keeps what the CSMS said about an idToken. */
  remember(idToken: IdTokenType, info: IdTokenInfoType): void {
    if (!this.model.boolean('AuthCacheCtrlr', 'Enabled', true) || idToken.type === 'NoAuthorization') return;
    this.cache.set(tokenKey(idToken), { info, usedMs: Date.now() });
  }

  /** The cached idTokenInfo if it is still valid; an expired entry is dropped (C10.FR.08). */
  private cached(key: string): IdTokenInfoType | undefined {
    if (!this.model.boolean('AuthCacheCtrlr', 'Enabled', true)) return undefined;
    const entry = this.cache.get(key);
    if (entry === undefined) return undefined;
    const lifeTimeS = this.model.integer('AuthCacheCtrlr', 'LifeTime', 86400);
    const now = Date.now();
    const expiry = entry.info.cacheExpiryDateTime !== undefined ? Date.parse(entry.info.cacheExpiryDateTime) : NaN;
    if (now - entry.usedMs > lifeTimeS * 1000 || expiry <= now) {
      this.cache.delete(key);
      return undefined;
    }
    entry.usedMs = now;
    return entry.info;
  }

  /** The groupIdToken the station knows for an idToken (list or cache), without touching the cache's clock. */
  groupOf(idToken: IdTokenType): string | undefined {
    const key = tokenKey(idToken);
    return (this.localList.get(key) ?? this.cache.get(key)?.info)?.groupIdToken?.idToken;
  }

  /** C16: the idTokenInfo names the AuthCtrlr.MasterPassGroupId. */
  isMasterPass(info: IdTokenInfoType | undefined): boolean {
    const master = this.model.value('AuthCtrlr', 'MasterPassGroupId');
    return master !== undefined && master !== '' && info?.groupIdToken?.idToken === master;
  }

  /** C11: false when the cache is disabled. */
  clearCache(): boolean {
    if (!this.model.boolean('AuthCacheCtrlr', 'Enabled', true)) return false;
    this.cache.clear();
    return true;
  }

  /** Applies a SendLocalList request (D01); answers its status. */
  updateLocalList(version: number, full: boolean, entries: readonly AuthorizationData[]): 'Accepted' | 'Failed' | 'VersionMismatch' {
    if (!this.model.boolean('LocalAuthListCtrlr', 'Enabled', true)) return 'Failed';
    if (!full && version <= this.localListVersion) return 'VersionMismatch';
    const next = full ? new Map<string, IdTokenInfoType>() : new Map(this.localList);
    for (const entry of entries) {
      const key = tokenKey(entry.idToken);
      // D01: in a differential update an entry without idTokenInfo is removed.
      if (entry.idTokenInfo === undefined) next.delete(key);
      else next.set(key, entry.idTokenInfo);
    }
    if (next.size > MAX_LIST_ENTRIES) return 'Failed';
    this.localList.clear();
    for (const [k, v] of next) this.localList.set(k, v);
    this.localListVersion = version;
    this.model.update('LocalAuthListCtrlr', 'Entries', String(this.localList.size));
    return 'Accepted';
  }
}
