/**
 * The holding side of routed calls: a CALL routed to this node runs through
 * the station's own behaviour here, queued behind its other calls, so one
 * CALL in flight per station holds whichever node made it; the outcome is
 * published back to the calling node.
 */
import type { AnyVersion } from '../schema/version.js';
import type { CsmsServer } from '../transport/websocket-server.js';
import { StationNotConnectedError, StationVersionError, toWire } from './errors.js';
import type { AnswerMessage, CallMessage, CancelMessage, Names } from './protocol.js';
import type { RedisLink } from './redis.js';

export class CallServer {
  /** Calls running here for other nodes, by `<from> <id>`, to cancel them. */
  private readonly running = new Map<string, AbortController>();

  constructor(
    private readonly server: CsmsServer<AnyVersion>,
    private readonly redis: RedisLink,
    private readonly names: Names,
    private readonly onError: (err: unknown) => void,
  ) {}

  /** Calls running here for other nodes. */
  get size(): number {
    return this.running.size;
  }

  /** Runs a routed CALL and publishes its outcome. */
  run(m: CallMessage): void {
    // Only while the station is connected here: a behaviour kept for a station that left would queue the call while the station may be back on another node.
    const csms = this.server.isConnected(m.identity) ? this.server.station(m.identity) : undefined;
    if (csms === undefined) return this.reply(m, { t: 'answer', id: m.id, ok: false, error: toWire(new StationNotConnectedError(m.action, m.identity), m.action) });
    if (csms.version !== m.version) {
      return this.reply(m, { t: 'answer', id: m.id, ok: false, error: toWire(new StationVersionError(m.action, m.identity, m.version, csms.version), m.action) });
    }
    const key = `${m.from} ${m.id}`;
    const abort = new AbortController();
    this.running.set(key, abort);
    csms.endpoint.call(m.action, m.payload, { timeoutMs: m.timeoutMs, signal: abort.signal, ...(m.priority === true && { priority: true }) }).then(
      (payload) => {
        this.running.delete(key);
        this.reply(m, { t: 'answer', id: m.id, ok: true, payload });
      },
      (err: unknown) => {
        this.running.delete(key);
        if (abort.signal.aborted) return; // the caller gave up and was told already
        this.reply(m, { t: 'answer', id: m.id, ok: false, error: toWire(err, m.action) });
      },
    );
  }

  /** The caller gave up: free the call's place in the station's queue. */
  cancel(m: CancelMessage): void {
    this.running.get(`${m.from} ${m.id}`)?.abort(new Error('the caller aborted the call'));
  }

  private reply(m: CallMessage, answer: AnswerMessage): void {
    // The caller may be gone (PUBLISH reaching nobody): the answer has nowhere to go.
    this.redis.command(['PUBLISH', this.names.node(m.from), JSON.stringify(answer)]).catch(this.onError);
  }
}
