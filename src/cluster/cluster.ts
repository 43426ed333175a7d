/**
 * A CsmsServer as one node of a cluster of CSMS processes sharing a Redis:
 * presence (which node holds which station), routed calls (call any
 * station from any node, with the types and errors of a local call) and,
 * opt-in, cluster-wide events. The server itself is unchanged: the cluster
 * listens to its connect and disconnect events and calls its stations
 * through `server.station()`.
 */
import { EventEmitter } from 'node:events';
import { hostname } from 'node:os';
import type { AnyVersion } from '../schema/version.js';
import type { KnownVersion } from '../versions.js';
import type { CallOptions } from '../rpc/endpoint-options.js';
import { EndpointClosedError } from '../rpc/errors.js';
import type { CallsSentBy, RequestOf, ResponseOf } from '../roles/types.js';
import type { ConnectInfo, VersionNamed } from '../transport/websocket-server.js';
import type { CsmsServer } from '../transport/websocket-server.js';
import { ClusterError, StationNotConnectedError, StationVersionError } from './errors.js';
import { decodeEvent, encodeEvent, type ClusterEventOptions, type CsmsClusterEvents } from './events.js';
import { Presence, type StationPresence } from './presence.js';
import { decodeNodeMessage, Names, type Holding } from './protocol.js';
import { RedisLink, type RedisClientOptions } from './redis.js';
import { NodeGoneError, RoutedCalls } from './routed-calls.js';
import { CallServer } from './serve.js';

/** Options of a node joining a cluster. */
export interface ClusterOptions {
  /** The Redis to share: a URL (`redis://host:6379`, `rediss://...`) or node-redis `createClient` options. */
  readonly redis: string | RedisClientOptions;
  /** This node's name, unique in the cluster. Default: host name, process id and a random suffix. */
  readonly nodeId?: string;
  /** Prefix of every key and channel, to share one Redis between clusters. Default 'ocpp'. */
  readonly namespace?: string;
  /**
   * How long a station's presence (and a node's liveness) lasts in Redis
   * without being refreshed; refreshed every third of it. A node that dies
   * frees its stations within this time. Default 15000.
   */
  readonly presenceTtlMs?: number;
  /** Timeout of a routed call without its own `timeoutMs`; give the server's `csms.callTimeoutMs` if you changed it. Default 30000. */
  readonly callTimeoutMs?: number;
  /** Extra time a routed call waits past its timeout for the holding node's answer to travel back. Default 2000. */
  readonly routeGraceMs?: number;
  /** How often the nodes that routed calls wait on are checked for life. Default 1000. */
  readonly livenessCheckMs?: number;
  /** Cluster-wide events (see ClusterEventOptions); true for all of them. Default off. */
  readonly events?: boolean | ClusterEventOptions;
}

/** A node of the cluster, as `nodes()` lists it. */
export interface ClusterNode {
  /** The node's name. */
  readonly id: string;
  /** When it joined (epoch ms). */
  readonly startedAt: number;
  /** Stations it held at its last refresh. */
  readonly stations: number;
}

/**
 * A station anywhere in the cluster, by identity and version: `call` runs
 * on the node that holds its connection (this one or another).
 */
export interface RoutedStation<V extends AnyVersion> {
  /** The station identity. */
  readonly identity: string;
  /** The version the calls are typed for. */
  readonly version: V['version'];
  /**
   * Sends a CALL through the node holding the station; resolves with the
   * typed response. Rejects as a local call does (OcppError, CallTimeoutError,
   * ConnectionLostError, QueueFullError...), with StationNotConnectedError
   * when no node holds the station, StationVersionError when it speaks
   * another version, NodeLostError when its node died during the call.
   */
  call<A extends CallsSentBy<V, 'Csms'>>(action: A, payload: RequestOf<V, A>, options?: CallOptions): Promise<ResponseOf<V, A>>;
  /** Which node holds it now, if any. */
  locate(): Promise<StationPresence | undefined>;
}

const MAX_ROUTES = 3;
/** Holders remembered for routing; past this many the memory starts afresh. */
const MAX_REMEMBERED = 100_000;

/** A CsmsServer joined to a cluster; made by `CsmsCluster.join`. */
export class CsmsCluster<Vs extends AnyVersion = KnownVersion> extends EventEmitter<CsmsClusterEvents> {
  /** This node's name. */
  readonly nodeId: string;
  /** The server this node runs. */
  readonly server: CsmsServer<Vs>;

  private readonly names: Names;
  private readonly presence: Presence;
  private readonly calls: RoutedCalls;
  private readonly serving: CallServer;
  private readonly callTimeoutMs: number;
  private readonly startedAt = Date.now();
  private readonly events: Required<ClusterEventOptions> | undefined;
  private readonly refresher: ReturnType<typeof setInterval>;
  private closed: Promise<void> | undefined;
  /** Where routed calls last found each station. */
  private readonly holders = new Map<string, Holding>();
  /** Stations connected here whose claim Redis did not confirm (a command timed out, Redis was away). */
  private readonly unclaimed = new Map<string, string>();
  private readonly onConnect = (identity: string, info: ConnectInfo<Vs['version']>): void => this.connected(identity, info.version);
  private readonly onDisconnect = (identity: string, code: number, reason: string): void => this.disconnected(identity, code, reason);

  private constructor(server: CsmsServer<Vs>, private readonly redis: RedisLink, options: ClusterOptions) {
    super();
    this.server = server;
    this.nodeId = options.nodeId ?? `${hostname()}-${process.pid}-${Math.random().toString(36).slice(2, 6)}`;
    this.names = new Names(options.namespace ?? 'ocpp');
    const ttl = options.presenceTtlMs ?? 15_000;
    this.callTimeoutMs = options.callTimeoutMs ?? 30_000;
    const report = (err: unknown): void => void this.emit('redisError', err);
    this.presence = new Presence(redis, this.names, this.nodeId, ttl);
    this.calls = new RoutedCalls(redis, this.names, this.nodeId, options.routeGraceMs ?? 2000, options.livenessCheckMs ?? 1000, report);
    this.serving = new CallServer(server as unknown as CsmsServer<AnyVersion>, redis, this.names, report);
    const ev = options.events;
    this.events = ev === undefined || ev === false ? undefined : { publish: true, messages: true, receive: true, ...(ev === true ? {} : ev) };
    this.refresher = setInterval(() => void this.refresh(), Math.max(50, Math.floor(ttl / 3)));
    this.refresher.unref();
  }

  /**
   * Joins a server to the cluster sharing `options.redis`: subscribes to
   * this node's channel, records the stations the server already holds,
   * then follows its connections. Resolves once the node is reachable.
   */
  static async join<Vs extends AnyVersion>(server: CsmsServer<Vs>, options: ClusterOptions): Promise<CsmsCluster<Vs>> {
    checkOptions(options);
    let self: CsmsCluster<Vs> | undefined;
    const redis = await RedisLink.open(options.redis, (err) => self?.emit('redisError', err));
    self = new CsmsCluster(server, redis, options);
    await self.start();
    return self;
  }

  /** A station anywhere in the cluster, to call it in `version`. */
  station<N extends Vs['version']>(identity: string, version: N): RoutedStation<VersionNamed<Vs, N>> {
    return {
      identity,
      version,
      call: (action, payload, options) => this.route(identity, version, action, payload, options) as never,
      locate: () => this.locate(identity),
    };
  }

  /** Which node holds a station now, if any. */
  async locate(identity: string): Promise<StationPresence | undefined> {
    const h = await this.presence.lookup(identity);
    return h === undefined ? undefined : { identity, node: h.node, version: h.version, since: h.since };
  }

  /** Every station connected anywhere in the cluster, with its node, sorted by identity. */
  stations(): Promise<StationPresence[]> {
    return this.presence.list();
  }

  /** The nodes alive in the cluster (those that refreshed within the presence expiry). */
  async nodes(): Promise<ClusterNode[]> {
    const out: ClusterNode[] = [];
    let cursor = '0';
    do {
      const [next, keys] = (await this.redis.command(['SCAN', cursor, 'MATCH', this.names.nodePattern(), 'COUNT', '1000'])) as [string, string[]];
      cursor = next;
      if (keys.length === 0) continue;
      const values = (await this.redis.command(['MGET', ...keys])) as unknown[];
      keys.forEach((key, i) => {
        const info = parseNodeInfo(values[i]);
        if (info !== undefined) out.push({ id: this.names.nodeIdOf(key), ...info });
      });
    } while (cursor !== '0');
    return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Stations this node holds. */
  get heldCount(): number {
    return this.presence.size;
  }

  /**
   * Leaves the cluster: routed calls waiting here fail, this node's
   * presence is removed, the Redis connections close. The server keeps
   * running (close it yourself, before or after).
   */
  leave(): Promise<void> {
    if (this.closed !== undefined) return this.closed;
    this.closed = (async () => {
      clearInterval(this.refresher);
      this.server.off('connect', this.onConnect);
      this.server.off('disconnect', this.onDisconnect);
      this.calls.failAll((action) => new EndpointClosedError(action, 'this node left the cluster'));
      try {
        await this.presence.releaseAll();
      } finally {
        await this.redis.close();
      }
    })();
    return this.closed;
  }

  // -------------------------------------------------------------------------

  private async start(): Promise<void> {
    await this.redis.subscribe(this.names.node(this.nodeId), (text) => this.onNodeMessage(text));
    if (this.events?.receive === true) await this.redis.subscribe(this.names.events(), (text) => this.onEvent(text));
    this.server.on('connect', this.onConnect);
    this.server.on('disconnect', this.onDisconnect);
    for (const identity of this.server.connectedIdentities()) this.connected(identity, this.server.versionOf(identity)!);
    await this.refresh();
  }

  private async route(identity: string, version: string, action: string, payload: unknown, options: CallOptions | undefined): Promise<unknown> {
    if (this.closed !== undefined) throw new EndpointClosedError(action, 'this node left the cluster');
    if (this.server.isConnected(identity)) return this.callHere(identity, version, action, payload, options);
    const tried = new Set<string>();
    for (let i = 0; i < MAX_ROUTES; i++) {
      // The holder seen last is tried first: it runs the call only while it holds the station, so a stale guess costs one hop, never a wrong call.
      const cached = i === 0 ? this.holders.get(identity) : undefined;
      const h = cached ?? (await this.presence.lookup(identity));
      // Nowhere in the cluster: a behaviour kept here for its return queues the call, as a lone server does.
      if (h === undefined || h.node === this.nodeId) {
        if (this.server.station(identity) !== undefined) return this.callHere(identity, version, action, payload, options);
        if (h !== undefined) await this.presence.dropStale(identity, h);
        throw new StationNotConnectedError(action, identity);
      }
      if (h.version !== version) {
        this.holders.delete(identity);
        if (cached !== undefined) continue; // the station may have come back in the version asked for
        throw new StationVersionError(action, identity, version, h.version);
      }
      if (cached === undefined && tried.has(h.node)) break;
      tried.add(h.node);
      try {
        const answer = await this.calls.route(
          h.node,
          { identity, version, action, payload, timeoutMs: options?.timeoutMs ?? this.callTimeoutMs, ...(options?.priority === true && { priority: true }) },
          options?.timeoutMs ?? this.callTimeoutMs,
          options?.signal,
        );
        this.remember(identity, h);
        return answer;
      } catch (err) {
        this.holders.delete(identity);
        // Not sent (its node is gone, or no longer holds it): look again.
        if (err instanceof NodeGoneError) {
          if (cached === undefined) await this.presence.dropStale(identity, h);
        } else if (!(err instanceof StationNotConnectedError)) throw err;
      }
    }
    throw new StationNotConnectedError(action, identity, 'the nodes it was recorded on no longer hold it');
  }

  private remember(identity: string, h: Holding): void {
    if (this.holders.size >= MAX_REMEMBERED) this.holders.clear();
    this.holders.set(identity, h);
  }

  private callHere(identity: string, version: string, action: string, payload: unknown, options: CallOptions | undefined): Promise<unknown> {
    const csms = this.server.station(identity);
    if (csms === undefined) return Promise.reject(new StationNotConnectedError(action, identity));
    if (csms.version !== version) return Promise.reject(new StationVersionError(action, identity, version, csms.version));
    return csms.endpoint.call(action, payload, options);
  }

  private connected(identity: string, version: string): void {
    if (this.events !== undefined) this.publishConnect(identity, version);
    this.claim(identity, version);
  }

  /** Records the holding; a claim Redis did not confirm is made again at the next refresh (its outcome is unknown). */
  private claim(identity: string, version: string): void {
    this.unclaimed.delete(identity);
    this.presence.claim(identity, version).then(({ previous }) => {
      // Another node held it: that node closes its connection (the newer connection wins).
      if (previous === undefined) return;
      const release = JSON.stringify({ t: 'release', identity, token: previous.token, by: this.nodeId });
      return this.redis.command(['PUBLISH', this.names.node(previous.node), release]);
    }).catch((err: unknown) => {
      this.unclaimed.set(identity, version);
      this.emit('redisError', err);
    });
  }

  private disconnected(identity: string, code: number, reason: string): void {
    if (this.events?.publish === true) this.publish(encodeEvent({ t: 'disconnect', identity, node: this.nodeId, code, reason, at: Date.now() }));
    this.unclaimed.delete(identity);
    this.presence.release(identity).catch((err: unknown) => this.emit('redisError', err));
  }

  private publishConnect(identity: string, version: string): void {
    const ev = this.events!;
    if (ev.publish) this.publish(encodeEvent({ t: 'connect', identity, node: this.nodeId, version, at: Date.now() }));
    if (!ev.messages) return;
    this.server.station(identity)?.observeFrames((way, text) => {
      if (way === 'in') this.publish(encodeEvent({ t: 'message', identity, node: this.nodeId, text, at: Date.now() }));
    });
  }

  private publish(text: string): void {
    this.redis.command(['PUBLISH', this.names.events(), text]).catch((err: unknown) => this.emit('redisError', err));
  }

  private onNodeMessage(text: string): void {
    const m = decodeNodeMessage(text);
    if (m === undefined) return;
    if (m.t === 'answer') this.calls.answer(m);
    else if (m.t === 'call') this.serving.run(m);
    else if (m.t === 'cancel') this.serving.cancel(m);
    else if (m.t === 'release') this.released(m.identity, m.token, m.by);
  }

  /** Another node took the station: close ours, drop the behaviour (its queued calls fail, naming the node). */
  private released(identity: string, token: string, by: string): void {
    if (this.presence.tokenOf(identity) !== token) return; // an older holding, or one we no longer have
    this.presence.release(identity, token).catch((err: unknown) => this.emit('redisError', err));
    this.server.forget(identity, `the station connected to node ${by}`);
    this.emit('released', identity, by);
  }

  private onEvent(text: string): void {
    const e = decodeEvent(text);
    if (e === undefined) return;
    const { t, ...event } = e;
    if (t === 'connect') this.emit('connect', event as CsmsClusterEvents['connect'][0]);
    else if (t === 'disconnect') this.emit('disconnect', event as CsmsClusterEvents['disconnect'][0]);
    else this.emit('message', event as CsmsClusterEvents['message'][0]);
  }

  private async refresh(): Promise<void> {
    const info = JSON.stringify({ startedAt: this.startedAt, stations: this.presence.size });
    for (const [identity, version] of [...this.unclaimed]) {
      if (this.server.isConnected(identity)) this.claim(identity, version);
      else this.unclaimed.delete(identity);
    }
    try {
      await this.presence.refresh(info, (identity) => {
        // Our key expired and another node holds the station now: ours is the older connection.
        this.server.forget(identity, 'another node holds the station');
        this.emit('released', identity, 'another node');
      });
    } catch (err) {
      this.emit('redisError', err);
    }
  }
}

function parseNodeInfo(value: unknown): { startedAt: number; stations: number } | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const v = JSON.parse(value) as { startedAt?: unknown; stations?: unknown };
    return { startedAt: Number(v.startedAt), stations: Number(v.stations) };
  } catch {
    return undefined;
  }
}

function checkOptions(o: ClusterOptions): void {
  const positive = (name: string, v: number | undefined): void => {
    if (v !== undefined && !(Number.isFinite(v) && v > 0)) throw new ClusterError('options', `${name} must be a positive number of milliseconds, not ${v}`);
  };
  positive('presenceTtlMs', o.presenceTtlMs);
  positive('callTimeoutMs', o.callTimeoutMs);
  positive('livenessCheckMs', o.livenessCheckMs);
  if (o.routeGraceMs !== undefined && !(Number.isFinite(o.routeGraceMs) && o.routeGraceMs >= 0)) throw new ClusterError('options', `routeGraceMs must be 0 or more, not ${o.routeGraceMs}`);
  if (o.nodeId !== undefined && (o.nodeId === '' || /[\s*?[\]]/.test(o.nodeId))) throw new ClusterError('options', `nodeId must be a non-empty name without spaces or glob characters, not '${o.nodeId}'`);
  if (typeof o.redis !== 'string' && (typeof o.redis !== 'object' || o.redis === null)) throw new ClusterError('options', 'redis must be a URL or node-redis client options');
}
