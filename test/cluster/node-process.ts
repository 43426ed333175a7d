/**
 * One node of the three-process cluster test (and of the cluster
 * benchmark): a CsmsServer on a loopback port joined to the cluster, driven
 * by its parent over IPC. `node node-process.js <redisUrl> <nodeId> <namespace> <ttlMs>`.
 */
import { CsmsCluster } from '../../src/cluster/index.js';
import { CsmsServer } from '../../src/transport/websocket-server.js';

/** Parent to node. */
export type ToNode =
  | { readonly t: 'call'; readonly id: number; readonly targets: readonly string[]; readonly tag: string; readonly timeoutMs: number }
  | { readonly t: 'stations'; readonly id: number }
  | { readonly t: 'memory'; readonly id: number };

/** The outcome of one call. */
export interface CallOutcome {
  readonly identity: string;
  readonly ok: boolean;
  readonly data?: string;
  readonly error?: string;
  /** Round trip in ms, as the calling node saw it. */
  readonly ms: number;
}

/** Node to parent. */
export type FromNode =
  | { readonly t: 'ready'; readonly port: number }
  | { readonly t: 'called'; readonly id: number; readonly results: readonly CallOutcome[] }
  | { readonly t: 'stations'; readonly id: number; readonly list: readonly { identity: string; node: string }[] }
  | { readonly t: 'memory'; readonly id: number; readonly rss: number; readonly heap: number; readonly connections: number };

const [redisUrl, nodeId, namespace, ttl] = process.argv.slice(2);
const send = (m: FromNode): void => void process.send!(m);

const server = new CsmsServer({ host: '127.0.0.1', pingIntervalMs: 0, csms: { callTimeoutMs: 20_000 } });
for (const { version } of server.versions) {
  server.handle(version, 'BootNotification', () => ({ status: 'Accepted', interval: 300, currentTime: new Date().toISOString() }));
  server.handle(version, 'Heartbeat', () => ({ currentTime: new Date().toISOString() }));
}
const { port } = await server.listen(0);
const cluster = await CsmsCluster.join(server, { redis: redisUrl!, nodeId: nodeId!, namespace: namespace!, presenceTtlMs: Number(ttl), livenessCheckMs: 250 });
cluster.on('redisError', (err) => console.error(`node ${nodeId}: redis:`, err));

process.on('message', (m: ToNode) => {
  if (m.t === 'call') {
    void Promise.all(
      m.targets.map((identity) => {
        const t0 = performance.now();
        return cluster
          .station(identity, '2.0.1')
          .call('DataTransfer', { vendorId: 'test', messageId: `${m.tag}:${identity}`, data: `${m.tag}:${identity}` }, { timeoutMs: m.timeoutMs })
          .then(
            (r): CallOutcome => ({ identity, ok: true, data: typeof r.data === 'string' ? r.data : '', ms: performance.now() - t0 }),
            (err: unknown): CallOutcome => ({ identity, ok: false, error: err instanceof Error ? err.name : String(err), ms: performance.now() - t0 }),
          );
      }),
    ).then((results) => send({ t: 'called', id: m.id, results }));
  } else if (m.t === 'stations') {
    // A listing Redis could not answer in time (a node swamped by a reconnect storm) is an empty one: the parent asks again.
    void cluster.stations().then(
      (list) => send({ t: 'stations', id: m.id, list: list.map((s) => ({ identity: s.identity, node: s.node })) }),
      () => send({ t: 'stations', id: m.id, list: [] }),
    );
  } else if (m.t === 'memory') {
    globalThis.gc?.();
    const mem = process.memoryUsage();
    send({ t: 'memory', id: m.id, rss: mem.rss, heap: mem.heapUsed + mem.external, connections: server.connectionCount });
  }
});
process.on('disconnect', () => void cluster.leave().finally(() => server.close().finally(() => process.exit(0))));
send({ t: 'ready', port });
