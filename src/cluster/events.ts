/**
 * Cluster-wide events, opt-in: each node that publishes tells the cluster
 * when one of its stations connects or disconnects and, unless turned off,
 * every frame a station sends it; every node that receives hears them all,
 * its own included, in the order Redis delivered them.
 */

/** Which events a node publishes and receives. */
export interface ClusterEventOptions {
  /** Publish this node's connect and disconnect events. Default true. */
  readonly publish?: boolean;
  /**
   * Publish every frame the stations of this node send (`message` events).
   * Default true. It takes each station's frame observer
   * (`observeFrames`) on this node.
   */
  readonly messages?: boolean;
  /** Receive the events of every node (the cluster's `connect`, `disconnect` and `message` events). Default true. */
  readonly receive?: boolean;
}

/** A station connected to a node of the cluster. */
export interface ClusterConnectEvent {
  /** The station identity. */
  readonly identity: string;
  /** The node that accepted it. */
  readonly node: string;
  /** The version it speaks. */
  readonly version: string;
  /** When (epoch ms, the node's clock). */
  readonly at: number;
}

/** A station's connection to a node closed. */
export interface ClusterDisconnectEvent {
  /** The station identity. */
  readonly identity: string;
  /** The node it was connected to. */
  readonly node: string;
  /** The WebSocket close code. */
  readonly code: number;
  /** The close reason ('' when none). */
  readonly reason: string;
  /** When (epoch ms, the node's clock). */
  readonly at: number;
}

/** A station sent a frame to a node. */
export interface ClusterMessageEvent {
  /** The station identity. */
  readonly identity: string;
  /** The node it is connected to. */
  readonly node: string;
  /** The frame as received. */
  readonly text: string;
  /** When (epoch ms, the node's clock). */
  readonly at: number;
}

/** The events of a CsmsCluster and their arguments. */
export interface CsmsClusterEvents {
  /** A station connected to some node (needs `events`). */
  connect: [event: ClusterConnectEvent];
  /** A station disconnected from some node (needs `events`). */
  disconnect: [event: ClusterDisconnectEvent];
  /** A station sent a frame to some node (needs `events` with `messages`). */
  message: [event: ClusterMessageEvent];
  /**
   * Another node took a station from this one: this node closed its
   * connection (and dropped the behaviour kept for it).
   */
  released: [identity: string, by: string];
  /** Redis could not be reached or refused a command; the node keeps going (node-redis reconnects by itself). */
  redisError: [error: unknown];
}

type Wire =
  | ({ readonly t: 'connect' } & ClusterConnectEvent)
  | ({ readonly t: 'disconnect' } & ClusterDisconnectEvent)
  | ({ readonly t: 'message' } & ClusterMessageEvent);

export function encodeEvent(event: Wire): string {
  return JSON.stringify(event);
}

/** Reads an event from the events channel; undefined for anything else. */
export function decodeEvent(text: string): Wire | undefined {
  try {
    const v = JSON.parse(text) as { t?: unknown; identity?: unknown; node?: unknown };
    if ((v.t === 'connect' || v.t === 'disconnect' || v.t === 'message') && typeof v.identity === 'string' && typeof v.node === 'string') return v as Wire;
  } catch {
    // not ours
  }
  return undefined;
}
