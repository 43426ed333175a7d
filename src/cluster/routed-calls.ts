/**
 * The calling side of routed calls: a CALL for a station held by another
 * node is published on that node's channel and waits for its answer on
 * this node's channel.
 *
 * Pub/sub delivers at most once, which is what a CALL needs: a CALL whose
 * node dies is never run again by another (it may have reached the station
 * already). PUBLISH tells how many nodes received the message, so a call to
 * a node that is gone fails at once, unsent. While calls wait, the nodes
 * they wait on are checked every `checkMs` (is anything still subscribed
 * to the node's channel, is its liveness key still there): a node that
 * died mid-call fails its calls with NodeLostError instead of leaving
 * them to their timeout.
 */
import { CallTimeoutError } from '../rpc/errors.js';
import { fromWire, NodeLostError } from './errors.js';
import type { AnswerMessage, CallMessage, CancelMessage, Names } from './protocol.js';
import type { RedisLink } from './redis.js';

interface Pending {
  readonly node: string;
  readonly message: CallMessage;
  readonly resolve: (payload: unknown) => void;
  readonly reject: (err: unknown) => void;
  readonly timer: ReturnType<typeof setTimeout>;
  readonly cleanup: () => void;
}

/** The target node was not listening: nothing was sent. */
export class NodeGoneError extends Error {
  constructor(readonly node: string) {
    super(`node ${node} is not listening`);
  }
}

export class RoutedCalls {
  private readonly pending = new Map<string, Pending>();
  private counter = 0;
  private readonly prefix = Math.random().toString(36).slice(2, 8);
  private checker: ReturnType<typeof setInterval> | undefined;
  private checking = false;

  constructor(
    private readonly redis: RedisLink,
    private readonly names: Names,
    private readonly nodeId: string,
    private readonly graceMs: number,
    private readonly checkMs: number,
    private readonly onError: (err: unknown) => void,
  ) {}

  /** Calls waiting for an answer from another node. */
  get size(): number {
    return this.pending.size;
  }

  /** Sends a CALL to `node`; resolves with the answer payload or rejects as a local call would. */
  route(node: string, body: Omit<CallMessage, 't' | 'id' | 'from'>, timeoutMs: number, signal?: AbortSignal): Promise<unknown> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const id = `${this.prefix}${(this.counter++).toString(36)}`;
    const message: CallMessage = { t: 'call', id, from: this.nodeId, ...body };
    return new Promise<unknown>((resolve, reject) => {
      const onAbort = (): void => {
        if (!this.settle(id)) return;
        reject(signal!.reason);
        const cancel: CancelMessage = { t: 'cancel', id, from: this.nodeId };
        this.redis.command(['PUBLISH', this.names.node(node), JSON.stringify(cancel)]).catch(this.onError);
      };
      const timer = setTimeout(() => {
        if (this.settle(id)) reject(new CallTimeoutError(body.action, timeoutMs, false));
      }, timeoutMs + this.graceMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      const cleanup = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      this.pending.set(id, { node, message, resolve, reject, timer, cleanup });
      this.startChecks();
      this.redis.command(['PUBLISH', this.names.node(node), JSON.stringify(message)]).then(
        (receivers) => {
          if (receivers === 0 && this.settle(id)) reject(new NodeGoneError(node));
        },
        (err: unknown) => {
          if (this.settle(id)) reject(err);
        },
      );
    });
  }

  /** An answer arrived on this node's channel. */
  answer(message: AnswerMessage): void {
    const p = this.pending.get(message.id);
    if (p === undefined || !this.settle(message.id)) return; // late: its caller already gave up
    if (message.ok) p.resolve(message.payload);
    else p.reject(fromWire(message.error, p.message.action, p.message.identity, p.message.version));
  }

  /** Fails every waiting call (leaving the cluster). */
  failAll(error: (action: string) => Error): void {
    for (const [id, p] of [...this.pending]) if (this.settle(id)) p.reject(error(p.message.action));
  }

  private settle(id: string): boolean {
    const p = this.pending.get(id);
    if (p === undefined) return false;
    this.pending.delete(id);
    p.cleanup();
    if (this.pending.size === 0) this.stopChecks();
    return true;
  }

  private startChecks(): void {
    if (this.checker !== undefined) return;
    this.checker = setInterval(() => void this.check(), this.checkMs);
    this.checker.unref();
  }

  private stopChecks(): void {
    if (this.checker !== undefined) clearInterval(this.checker);
    this.checker = undefined;
  }

  /** Fails the calls of every node that is no longer there. */
  private async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const nodes = [...new Set([...this.pending.values()].map((p) => p.node))];
      if (nodes.length === 0) return;
      const channels = nodes.map((n) => this.names.node(n));
      const [subs, alive] = await Promise.all([
        this.redis.command(['PUBSUB', 'NUMSUB', ...channels]) as Promise<unknown[]>,
        Promise.all(channels.map((key) => this.redis.command(['EXISTS', key]))),
      ]);
      nodes.forEach((node, i) => {
        const listening = Number(subs[i * 2 + 1]) > 0;
        if (listening && alive[i] === 1) return;
        for (const [id, p] of [...this.pending]) {
          if (p.node === node && this.settle(id)) p.reject(new NodeLostError(p.message.action, node));
        }
      });
    } catch (err) {
      this.onError(err);
    } finally {
      this.checking = false;
    }
  }
}
