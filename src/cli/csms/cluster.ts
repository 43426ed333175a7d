/**
 * `ocpp csms --redis URL --node-id ID`: several test CSMS processes as one
 * cluster (ocpp-model/cluster). The operator API of any node then lists
 * every station of the cluster, each with its node, and calls any of them:
 * the call runs on the node the station is connected to. Loaded only when
 * --redis is given.
 */
import type { CsmsCluster, StationPresence } from '../../cluster/index.js';
import { CliError, UsageError, type Args, type CommandSpec } from '../args.js';
import type { CsmsServer } from '../lib.js';
import type { ApiBackend } from './api.js';

/** The options this file adds to `ocpp csms`. */
export const clusterOptions: CommandSpec['options'] = {
  redis: { type: 'string', value: 'URL', description: 'join a cluster of test CSMS processes sharing this Redis (redis://host:port); needs the redis package' },
  'node-id': { type: 'string', value: 'ID', description: 'this process\'s name in the cluster (default: host name and process id)' },
};

/** A node of the cluster, once its server runs. */
export interface ClusterGlue {
  /** Wraps the operator API's backend: the whole cluster's stations, calls routed. */
  apiBackend(base: ApiBackend): ApiBackend;
  /** Joins the running server to the cluster; resolves with the node's name. */
  join(server: CsmsServer): Promise<string>;
  leave(): Promise<void>;
}

/** The cluster glue when --redis is given, else undefined. */
export function clusterGlue(args: Args, command: CommandSpec): ClusterGlue | undefined {
  const url = args.string('redis');
  const nodeId = args.string('node-id');
  if (url === undefined) {
    if (nodeId !== undefined) throw new UsageError('--node-id goes with --redis', command);
    return undefined;
  }
  if (!/^rediss?:\/\//.test(url)) throw new UsageError(`--redis: ${JSON.stringify(url)} is not a redis:// or rediss:// URL`, command);
  let cluster: CsmsCluster | undefined;
  const remote = async (): Promise<StationPresence[]> => (cluster === undefined ? [] : (await cluster.stations()).filter((s) => s.node !== cluster!.nodeId));
  return {
    apiBackend: (base) => ({
      ...base,
      // The API validated the payload against the station's version (the holder's presence names it).
      call: async (identity, action, payload) => {
        if (cluster === undefined || base.isConnected(identity)) return base.call(identity, action, payload);
        const held = await cluster.locate(identity);
        if (held === undefined) return base.call(identity, action, payload);
        return cluster.station(identity, held.version as never).call(action as never, payload as never);
      },
      stationExtras: (identity) => ({ ...base.stationExtras?.(identity), node: cluster?.nodeId }),
      remoteStations: async () => (await remote()).map((s) => ({ identity: s.identity, connected: true, node: s.node, version: s.version, since: new Date(s.since).toISOString() })),
      heldElsewhere: async (identity) => {
        if (cluster === undefined || base.isConnected(identity)) return undefined;
        const held = await cluster.locate(identity);
        return held === undefined || held.node === cluster.nodeId ? undefined : { node: held.node, version: held.version };
      },
    }),
    async join(server) {
      const { CsmsCluster, ClusterError } = await import('../../cluster/index.js');
      try {
        cluster = await CsmsCluster.join(server, { redis: url, ...(nodeId !== undefined && { nodeId }) });
      } catch (err) {
        throw new CliError(err instanceof ClusterError ? `--redis: ${err.message}` : String(err));
      }
      return cluster.nodeId;
    },
    async leave() {
      await cluster?.leave();
    },
  };
}
