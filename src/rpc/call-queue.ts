/**
 * The outgoing side of an endpoint: this side's CALLs from the moment they
 * are made until they are answered, time out, are aborted or fail. At most
 * `maxInFlight` are outstanding (one by default, Part 4, 4.1.1); the others
 * wait in a bounded queue, their timeouts running from the call.
 */
import { CallTimeoutError, ConnectionLostError, EndpointClosedError, QueueFullError } from './errors.js';
import type { CallOptions, EndpointHooks } from './endpoint-options.js';
import type { Line } from './line.js';

const QUEUED = 0;
const IN_FLIGHT = 1;
const DONE = 2;

/** One CALL of this side, queued or in flight. */
export class PendingCall {
  state: number = QUEUED;
  timer: ReturnType<typeof setTimeout> | undefined = undefined;
  signal: AbortSignal | undefined = undefined;
  onAbort: (() => void) | undefined = undefined;

  constructor(
    readonly id: string,
    readonly action: string,
    readonly payload: unknown,
    readonly text: string,
    readonly timeoutMs: number,
    readonly resolve: (value: unknown) => void,
    readonly reject: (reason: unknown) => void,
  ) {}
}

/** The queue's bounds. */
export interface CallQueueLimits {
  readonly callTimeoutMs: number;
  readonly maxQueue: number;
  readonly maxInFlight: number;
}

/** A timer callback shared by all calls (no closure per call). */
function onTimer(queue: CallQueue, call: PendingCall): void {
  queue.timedOut(call);
}

/** The calls of one endpoint (see the module comment). */
export class CallQueue {
  private readonly inFlight = new Map<string, PendingCall>();
  private queue: (PendingCall | undefined)[] = [];
  private head = 0;
  private queued = 0;
  private pumping = false;
  private pumpAgain = false;

  constructor(
    private readonly line: Line,
    private readonly limits: CallQueueLimits,
    /** Its admitSend, called as a method, may refuse a call as it leaves the queue. */
    private readonly hooks: EndpointHooks,
  ) {}

  /** Calls sent and not yet answered. */
  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /** Calls waiting to be sent. */
  get queuedCount(): number {
    return this.queued;
  }

  /** The QueueFullError a new call of `action` gets when it could neither go now nor wait; else undefined. */
  fullError(action: string): QueueFullError | undefined {
    const canGoNow = this.line.send !== undefined && this.inFlight.size < this.limits.maxInFlight && this.queued === 0;
    return !canGoNow && this.queued >= this.limits.maxQueue ? new QueueFullError(action, this.limits.maxQueue) : undefined;
  }

  /** Queues an encoded CALL (after fullError said there is room); resolves with its answer as the endpoint settles it. */
  add(id: string, action: string, payload: unknown, text: string, options: CallOptions | undefined): Promise<unknown> {
    const timeoutMs = options?.timeoutMs ?? this.limits.callTimeoutMs;
    const signal = options?.signal;
    return new Promise<unknown>((resolve, reject) => {
      const call = new PendingCall(id, action, payload, text, timeoutMs, resolve, reject);
      // Infinity means no timeout; setTimeout cannot wait longer than 2^31-1 ms.
      if (timeoutMs !== Infinity) call.timer = setTimeout(onTimer, Math.min(Math.max(timeoutMs, 1), 0x7fffffff), this, call);
      if (signal !== undefined) {
        call.signal = signal;
        call.onAbort = () => this.aborted(call);
        signal.addEventListener('abort', call.onAbort, { once: true });
      }
      if (options?.priority === true) this.queue.splice(this.head, 0, call);
      else this.queue.push(call);
      this.queued++;
      this.pump();
    });
  }

  /** The call in flight with this id, taken off the line (its answer came); the caller settles it and pumps. */
  take(id: string): PendingCall | undefined {
    const call = this.inFlight.get(id);
    if (call !== undefined) this.inFlight.delete(id);
    return call;
  }

  /** Resolves or rejects a call (once); a queued one leaves the queue. */
  settle(call: PendingCall, ok: boolean, value: unknown): void {
    if (call.state === DONE) return;
    if (call.state === QUEUED) this.queued--;
    call.state = DONE;
    if (call.timer !== undefined) clearTimeout(call.timer);
    if (call.onAbort !== undefined) call.signal?.removeEventListener('abort', call.onAbort);
    if (ok) call.resolve(value);
    else call.reject(value);
  }

  /** The transport is gone: calls in flight fail (their answers can never come); queued ones wait for the next attach. */
  detached(reason: string | undefined): void {
    if (this.inFlight.size === 0) return;
    const calls = [...this.inFlight.values()];
    this.inFlight.clear();
    for (const call of calls) this.settle(call, false, new ConnectionLostError(call.action, reason));
  }

  /** The endpoint closed: every call fails. */
  close(reason: string | undefined): void {
    const calls = [...this.inFlight.values()];
    this.inFlight.clear();
    for (let i = this.head; i < this.queue.length; i++) {
      const call = this.queue[i];
      if (call !== undefined && call.state === QUEUED) calls.push(call);
    }
    this.queue = [];
    this.head = 0;
    this.queued = 0;
    for (const call of calls) this.settle(call, false, new EndpointClosedError(call.action, reason));
  }

  /** Sends queued calls while the line is free. Safe against re-entry from a synchronous transport. */
  pump(): void {
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.pumpAgain = false;
        while (this.line.send !== undefined && this.inFlight.size < this.limits.maxInFlight && this.head < this.queue.length) {
          const call = this.queue[this.head];
          this.queue[this.head++] = undefined;
          if (call !== undefined && call.state === QUEUED) this.sendOne(call);
        }
        this.compact();
      } while (this.pumpAgain);
    } finally {
      this.pumping = false;
    }
  }

  /** Called by the call's timer. */
  timedOut(call: PendingCall): void {
    call.timer = undefined;
    if (call.state === DONE) return;
    const wasQueued = call.state === QUEUED;
    if (!wasQueued) this.inFlight.delete(call.id);
    this.settle(call, false, new CallTimeoutError(call.action, call.timeoutMs, wasQueued));
    if (!wasQueued) this.pump();
  }

  private sendOne(call: PendingCall): void {
    if (this.hooks.admitSend !== undefined) {
      let refused: Error | undefined;
      try {
        refused = this.hooks.admitSend(call.action, call.payload);
      } catch (err) {
        refused = err instanceof Error ? err : new Error(String(err));
      }
      if (refused !== undefined) {
        // Still QUEUED: settle() counts it out of the queue.
        this.settle(call, false, refused);
        return;
      }
      // The hook may have ended the call itself (an abort, a close).
      if (call.state !== QUEUED) return;
    }
    this.queued--;
    call.state = IN_FLIGHT;
    this.inFlight.set(call.id, call);
    try {
      this.line.send!(call.text);
      if (this.line.observer !== undefined) this.line.tell('out', call.text);
    } catch (err) {
      if (this.inFlight.get(call.id) === call) {
        this.inFlight.delete(call.id);
        this.settle(call, false, new ConnectionLostError(call.action, 'the transport could not send', { cause: err }));
      }
    }
  }

  /** Drops the sent part of the queue array. */
  private compact(): void {
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }

  private aborted(call: PendingCall): void {
    if (call.state === DONE) return;
    const wasInFlight = call.state === IN_FLIGHT;
    if (wasInFlight) this.inFlight.delete(call.id);
    // An aborted call counts as timed out: its place on the line is freed.
    this.settle(call, false, call.signal?.reason);
    if (wasInFlight) this.pump();
  }
}
