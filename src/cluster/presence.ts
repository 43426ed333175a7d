/**
 * Presence: which node holds which station, in Redis, with an expiry. Each
 * node writes a key per station it holds when the station connects, deletes
 * it (only if still its own) when the station leaves, and refreshes the
 * expiry of all of them, and of its own liveness key, every third of the
 * expiry. A node that dies stops refreshing: its stations and the node
 * itself are gone from Redis within one expiry.
 *
 * Taking over is one `SET ... GET`: the node that writes last holds the
 * station and learns who held it before, and tells that node to close its
 * connection (the same rule as within one process: the newer connection
 * wins).
 */
import { decodeHolding, encodeHolding, type Holding, type Names } from './protocol.js';
import type { RedisLink } from './redis.js';

// Deletes a key only while it still holds the value given (the holding this node wrote).
const DELETE_IF = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";

// Extends a holding that is still the one given (1), writes it again when it expired (2), or reports that another holds the key now (0).
const REFRESH = `local v = redis.call('GET', KEYS[1])
if v == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
if not v then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 2 end
return 0`;

/** A station as the cluster sees it: who holds it. */
export interface StationPresence {
  /** The station identity. */
  readonly identity: string;
  /** The node holding its connection. */
  readonly node: string;
  /** The version the station speaks ('1.6', '2.0.1', '2.1'). */
  readonly version: string;
  /** When the connection was accepted (epoch ms). */
  readonly since: number;
}

export class Presence {
  /** What this node holds, by identity: the value it wrote. */
  private readonly held = new Map<string, string>();
  private counter = 0;
  private sha: string | undefined;
  private readonly tokenPrefix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

  constructor(
    private readonly redis: RedisLink,
    private readonly names: Names,
    private readonly nodeId: string,
    private readonly ttlMs: number,
  ) {}

  /** Number of stations this node holds. */
  get size(): number {
    return this.held.size;
  }

  /** The token of this node's holding of a station, if it holds it. */
  tokenOf(identity: string): string | undefined {
    const value = this.held.get(identity);
    return value === undefined ? undefined : decodeHolding(value)?.token;
  }

  /** Records that this node holds the station now; resolves with the holding it replaced, if another node's. */
  async claim(identity: string, version: string): Promise<{ readonly token: string; readonly previous: Holding | undefined }> {
    const token = `${this.nodeId}/${this.tokenPrefix}${(this.counter++).toString(36)}`;
    const value = encodeHolding({ node: this.nodeId, token, version, since: Date.now() });
    this.held.set(identity, value);
    const old = decodeHolding(await this.redis.command(['SET', this.names.station(identity), value, 'PX', String(this.ttlMs), 'GET']));
    return { token, previous: old !== undefined && old.node !== this.nodeId ? old : undefined };
  }

  /** The station left this node (its connection closed, or another node took it): forget it here and, if still ours, in Redis. */
  async release(identity: string, token?: string): Promise<void> {
    const value = this.held.get(identity);
    if (value === undefined) return;
    if (token !== undefined && decodeHolding(value)?.token !== token) return;
    this.held.delete(identity);
    await this.redis.command(['EVAL', DELETE_IF, '1', this.names.station(identity), value]);
  }

  /** Removes another node's stale holding (its node is gone), unless it changed meanwhile. */
  async dropStale(identity: string, holding: Holding): Promise<void> {
    await this.redis.command(['EVAL', DELETE_IF, '1', this.names.station(identity), encodeHolding(holding)]);
  }

  /**
   * Extends the expiry of every holding still this node's, and of the
   * node's liveness key. A holding whose key expired meanwhile (the process
   * stalled past the expiry) is written again; one another node wrote over
   * (its release message was lost, or our claim's outcome never came back)
   * is given up: `lost` gets its identity, so that the older connection
   * closes here.
   */
  async refresh(nodeInfo: string, lost: (identity: string) => void): Promise<void> {
    const ttl = String(this.ttlMs);
    const entries = [...this.held];
    const sha = await this.refreshScript();
    const [, ...results] = await Promise.all([
      this.redis.command(['SET', this.names.node(this.nodeId), nodeInfo, 'PX', ttl]),
      ...entries.map(([identity, value]) => this.redis.command(['EVALSHA', sha, '1', this.names.station(identity), value, ttl])),
    ]);
    entries.forEach(([identity, value], i) => {
      if (results[i] === 0 && this.held.get(identity) === value) {
        this.held.delete(identity);
        lost(identity);
      }
    });
  }

  private async refreshScript(): Promise<string> {
    if (this.sha !== undefined) {
      const loaded = (await this.redis.command(['SCRIPT', 'EXISTS', this.sha])) as unknown[];
      if (loaded[0] === 1) return this.sha;
    }
    this.sha = String(await this.redis.command(['SCRIPT', 'LOAD', REFRESH]));
    return this.sha;
  }

  /** Who holds a station, read from Redis. */
  async lookup(identity: string): Promise<Holding | undefined> {
    return decodeHolding(await this.redis.command(['GET', this.names.station(identity)]));
  }

  /** Every station held anywhere in the cluster (SCAN, then MGET in batches). */
  async list(): Promise<StationPresence[]> {
    const out: StationPresence[] = [];
    let cursor = '0';
    do {
      const [next, keys] = (await this.redis.command(['SCAN', cursor, 'MATCH', this.names.stationPattern(), 'COUNT', '1000'])) as [string, string[]];
      cursor = next;
      if (keys.length === 0) continue;
      const values = (await this.redis.command(['MGET', ...keys])) as unknown[];
      keys.forEach((key, i) => {
        const h = decodeHolding(values[i]);
        if (h !== undefined) out.push({ identity: this.names.identityOf(key), node: h.node, version: h.version, since: h.since });
      });
    } while (cursor !== '0');
    return out.sort((a, b) => (a.identity < b.identity ? -1 : a.identity > b.identity ? 1 : 0));
  }

  /** Forgets every holding here and in Redis (leaving the cluster). */
  async releaseAll(): Promise<void> {
    await Promise.all([...this.held.keys()].map((identity) => this.release(identity)));
    await this.redis.command(['DEL', this.names.node(this.nodeId)]);
  }
}
