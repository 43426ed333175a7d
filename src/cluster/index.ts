/**
 * ocpp-model/cluster: several CSMS processes, each a CsmsServer, as one
 * CSMS over a shared Redis, through node-redis (the `redis` package,
 * version 5 or 6), an optional peer dependency: install it to use this
 * entry; nothing else in the library loads it.
 *
 * - Presence: which node holds which station, with an expiry; a station
 *   that connects to another node makes the node holding it close its
 *   connection.
 * - Routed calls: `cluster.station(identity, version).call(...)` on any
 *   node runs on the node holding the station, through that station's
 *   behaviour (one CALL in flight per station across the cluster), with the
 *   types and errors of a local call.
 * - Events, opt-in: connect, disconnect and every incoming frame, from
 *   every node.
 *
 * ```ts
 * const server = new CsmsServer({ port: 9000 });
 * const cluster = await CsmsCluster.join(server, { redis: 'redis://127.0.0.1:6379', nodeId: 'a' });
 * await cluster.station('CS1', '2.0.1').call('Reset', { type: 'Immediate' });
 * ```
 */
export { CsmsCluster, type ClusterNode, type ClusterOptions, type RoutedStation } from './cluster.js';
export type { StationPresence } from './presence.js';
export type { RedisClientOptions } from './redis.js';
export type { ClusterConnectEvent, ClusterDisconnectEvent, ClusterEventOptions, ClusterMessageEvent, CsmsClusterEvents } from './events.js';
export { ClusterError, NodeLostError, StationNotConnectedError, StationVersionError, type ClusterErrorCode } from './errors.js';
