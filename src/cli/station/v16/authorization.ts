/**
 * Authorization in 1.6 (3.5, 4.1, 5.4, 5.10, 5.15): the Local Authorization
 * List (SendLocalList, GetLocalListVersion), the Authorization Cache (every
 * IdTagInfo the Central System sends is kept while AuthorizationCacheEnabled;
 * ClearCache), and the choice between them and Authorize.req that
 * LocalPreAuthorize, LocalAuthorizeOffline and AllowOfflineTxForUnknownId
 * make.
 */
import type { AuthorizationData, IdTagInfo, UpdateStatus } from '../../../v16/index.js';
import type { StationLink } from '../link.js';
import type { V16 } from '../../../v16/index.js';
import type { Configuration } from './configuration.js';

/** What a presented idTag was found to be, and where the answer came from. */
export interface Verdict16 {
  readonly info: IdTagInfo | undefined;
  readonly source: 'central' | 'list' | 'cache' | 'unknownOffline' | 'none';
}

/** An expiryDate in the past makes an Accepted idTag Expired (3.5.1). */
function current(info: IdTagInfo): IdTagInfo {
  if (info.status === 'Accepted' && info.expiryDate !== undefined && Date.parse(info.expiryDate) <= Date.now()) return { ...info, status: 'Expired' };
  return info;
}

export class Authorizer16 {
  private readonly cache = new Map<string, IdTagInfo>();
  readonly localList = new Map<string, IdTagInfo>();
  /** 0: the list is empty (5.10). */
  listVersion = 0;

  constructor(
    private readonly link: StationLink<V16>,
    private readonly keys: Configuration,
  ) {}

  get listEnabled(): boolean {
    return this.keys.boolean('LocalAuthListEnabled', true);
  }

  /** Decides on a presented idTag: the list and cache first where LocalPreAuthorize, then the Central System. */
  async authorize(idTag: string): Promise<Verdict16> {
    const listed = this.listEnabled ? this.localList.get(idTag) : undefined;
    const cached = listed === undefined && this.keys.boolean('AuthorizationCacheEnabled', true) ? this.cache.get(idTag) : undefined;
    const local: Verdict16 = listed !== undefined ? { info: current(listed), source: 'list' } : cached !== undefined ? { info: current(cached), source: 'cache' } : { info: undefined, source: 'none' };
    const online = this.link.connected;
    // 3.5.2 / 3.5.3: online, a locally Accepted idTag starts at once with LocalPreAuthorize.
    if (online && local.info?.status === 'Accepted' && this.keys.boolean('LocalPreAuthorize', false)) return local;
    if (online) {
      const response = await this.link.send('Authorize', { idTag });
      if (response !== undefined) {
        this.remember(idTag, response.idTagInfo);
        return { info: current(response.idTagInfo), source: 'central' };
      }
    }
    // Offline (4.1): the list and cache decide where LocalAuthorizeOffline; an unknown idTag only with AllowOfflineTxForUnknownId.
    if (!this.keys.boolean('LocalAuthorizeOffline', true)) return { info: undefined, source: 'none' };
    if (local.info !== undefined) return local;
    if (this.keys.boolean('AllowOfflineTxForUnknownId', false)) return { info: { status: 'Accepted' }, source: 'unknownOffline' };
    return local;
  }

  /** 3.5.1: the cache keeps what the Central System said about an idTag not on the list. */
  remember(idTag: string, info: IdTagInfo): void {
    if (!this.keys.boolean('AuthorizationCacheEnabled', true) || this.localList.has(idTag)) return;
    this.cache.set(idTag, info);
  }

  /** The parentIdTag known for an idTag. */
  parentOf(idTag: string): string | undefined {
    return (this.localList.get(idTag) ?? this.cache.get(idTag))?.parentIdTag;
  }

  /** ClearCache (5.4): Rejected while the cache is disabled. */
  clearCache(): 'Accepted' | 'Rejected' {
    if (!this.keys.boolean('AuthorizationCacheEnabled', true)) return 'Rejected';
    this.cache.clear();
    return 'Accepted';
  }

  /** SendLocalList (5.15). */
  update(listVersion: number, full: boolean, entries: readonly AuthorizationData[]): UpdateStatus {
    if (!this.listEnabled) return 'NotSupported';
    if (entries.length > this.keys.integer('SendLocalListMaxLength', 100)) return 'Failed';
    if (!full && listVersion <= this.listVersion) return 'VersionMismatch';
    const next = full ? new Map<string, IdTagInfo>() : new Map(this.localList);
    for (const entry of entries) {
      // A differential update without idTagInfo removes the idTag.
      if (entry.idTagInfo === undefined) next.delete(entry.idTag);
      else next.set(entry.idTag, entry.idTagInfo);
    }
    if (next.size > this.keys.integer('LocalAuthListMaxLength', 1000)) return 'Failed';
    this.localList.clear();
    for (const [k, v] of next) {
      this.localList.set(k, v);
      // An idTag on the list is not cached (3.5.3).
      this.cache.delete(k);
    }
    this.listVersion = listVersion;
    return 'Accepted';
  }

  /** GetLocalListVersion (5.10): -1 while the list is disabled. */
  version(): number {
    return this.listEnabled ? this.listVersion : -1;
  }
}
