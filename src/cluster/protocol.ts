/**
 * What the nodes of a cluster keep in Redis and say to each other.
 *
 * Keys (each a plain string key, so Redis Cluster hashes them by station
 * identity or node id):
 * - `<ns>:station:<identity>`: the node holding the station, the holding's
 *   token, the version and since when, with the presence expiry;
 * - `<ns>:node:<id>`: a node's liveness, with the same expiry.
 *
 * Channels (pub/sub): `<ns>:node:<id>` carries everything addressed to one
 * node (routed calls, their answers, cancellations, releases);
 * `<ns>:events` the cluster-wide events, when nodes publish them.
 */
import type { WireError } from './errors.js';

/** Key and channel names of one cluster namespace. */
export class Names {
  constructor(readonly namespace: string) {}
  station(identity: string): string {
    return `${this.namespace}:station:${identity}`;
  }
  stationPattern(): string {
    return `${this.namespace}:station:*`;
  }
  identityOf(key: string): string {
    return key.slice(this.namespace.length + ':station:'.length);
  }
  node(id: string): string {
    return `${this.namespace}:node:${id}`;
  }
  nodePattern(): string {
    return `${this.namespace}:node:*`;
  }
  nodeIdOf(key: string): string {
    return key.slice(this.namespace.length + ':node:'.length);
  }
  events(): string {
    return `${this.namespace}:events`;
  }
}

/** One holding of a station by a node, as stored. */
export interface Holding {
  readonly node: string;
  /** Unique per connection: a release names the holding it ends. */
  readonly token: string;
  readonly version: string;
  /** Epoch ms of the connection. */
  readonly since: number;
}

export function encodeHolding(h: Holding): string {
  return `${h.node}\n${h.token}\n${h.version}\n${h.since}`;
}

export function decodeHolding(value: unknown): Holding | undefined {
  if (typeof value !== 'string') return undefined;
  const [node, token, version, since] = value.split('\n');
  if (node === undefined || token === undefined || version === undefined || since === undefined) return undefined;
  return { node, token, version, since: Number(since) };
}

/** A routed CALL, to the holding node. */
export interface CallMessage {
  readonly t: 'call';
  readonly id: string;
  readonly from: string;
  readonly identity: string;
  readonly version: string;
  readonly action: string;
  readonly payload: unknown;
  readonly timeoutMs: number;
  readonly priority?: boolean;
}

/** The outcome of a routed CALL, back to the calling node. */
export type AnswerMessage =
  | { readonly t: 'answer'; readonly id: string; readonly ok: true; readonly payload: unknown }
  | { readonly t: 'answer'; readonly id: string; readonly ok: false; readonly error: WireError };

/** The caller gave up (abort): the holding node frees the call's place. */
export interface CancelMessage {
  readonly t: 'cancel';
  readonly id: string;
  readonly from: string;
}

/** Another node took the station: the holding named by `token` ends. */
export interface ReleaseMessage {
  readonly t: 'release';
  readonly identity: string;
  readonly token: string;
  readonly by: string;
}

/** Everything a node's channel carries. */
export type NodeMessage = CallMessage | AnswerMessage | CancelMessage | ReleaseMessage;

/** Reads a node message; undefined for anything else. */
export function decodeNodeMessage(text: string): NodeMessage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const t = (value as { t?: unknown }).t;
  return t === 'call' || t === 'answer' || t === 'cancel' || t === 'release' ? (value as NodeMessage) : undefined;
}
