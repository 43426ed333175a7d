/**
 * The station's durable transaction-message queue, transport-agnostic.
 *
 * A transaction message is stored before it is sent and removed only when
 * its CALLRESULT has come, so a process that dies loses nothing: a fresh
 * queue on the same store carries on where the old one stopped. Messages go
 * one at a time, in the order they were queued (1.6 section 3.7; 2.0.1
 * E11-E13); a new one always waits behind those already queued.
 *
 * Sending goes through the `send` function given (typically
 * `ChargingStation.call`), and only while the queue is `online()` and
 * registered: waiting in this queue, a message is under no call timeout;
 * once handed to `send` the message timeout of the endpoint applies, and
 * no answer within it is a failed attempt.
 *
 * Failed attempts (see failures.ts): before each retransmission the queue
 * waits `retryIntervalMs` times the number of preceding transmissions; after
 * `attempts` failures it gives the message up, as both 1.6 (3.7.1: the
 * Charge Point SHOULD discard it and continue with the next) and 2.0.1
 * (E13) say, emitting 'discarded'. A given-up 1.6 StartTransaction makes
 * the transaction's other messages go with transactionId -1 (rules-v16.ts).
 * `attempts: Infinity` never gives up, for those who would rather hold the
 * queue than lose a message.
 *
 * Registration: a SecurityError, or a local NotRegisteredError, makes the
 * queue wait until `registered()` (call it when a BootNotification is
 * Accepted again). `online()` / `offline()` follow the connection; an event
 * queued while offline is marked as such by the version's rules (2.x
 * `offline: true`).
 */
import { EventEmitter } from 'node:events';
import { classifyFailure, retryDelayMs, type FailureKind } from './failures.js';
import type { QueueInput, TransactionRules } from './rules.js';
import type { StoredMessage, TransactionMessageStore } from './store.js';

/** Sends one request and resolves with its CALLRESULT payload (e.g. `station.call.bind(station)`). */
export type SendTransactionMessage = (action: string, payload: unknown) => Promise<unknown>;

/** Time as the queue sees it; tests give their own. */
export interface QueueClock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `fn` after `ms`; returns a handle for clearTimeout. */
  setTimeout(fn: () => void, ms: number): unknown;
  /** Cancels a timer setTimeout returned. */
  clearTimeout(handle: unknown): void;
}

/** Options of a TransactionMessageQueue. */
export interface TransactionMessageQueueOptions<In extends QueueInput> {
  /** Where messages wait until answered: a MemoryTransactionMessageStore, a SqliteTransactionMessageStore or your own. */
  readonly store: TransactionMessageStore;
  /** The version's rules: transactionRules16, transactionRules201 or transactionRules21. */
  readonly rules: TransactionRules<In>;
  /** Sends one request and resolves with its answer (e.g. `(action, payload) => station.call(action, payload)`). */
  readonly send: SendTransactionMessage;
  /**
   * TransactionMessageAttempts (1.6) / MessageAttemptsTransactionEvent (2.x). Default 3.
   * A function is read at each failure (a configuration the CSMS may change).
   */
  readonly attempts?: number | (() => number);
  /**
   * TransactionMessageRetryInterval (1.6) / MessageAttemptIntervalTransactionEvent (2.x)
   * in ms: those variables hold seconds, so pass `seconds * 1000`. Default 60000;
   * a function is read at each failure.
   */
  readonly retryIntervalMs?: number | (() => number);
  /** Connected at start. Default false: call online() once connected. */
  readonly online?: boolean;
  /** Registered (BootNotification Accepted) at start. Default true: a refusal says otherwise. */
  readonly registered?: boolean;
  /** Reads a send failure; default classifyFailure. */
  readonly classify?: (error: unknown) => FailureKind;
  /** Wait before sending again a message that did not go (no connection, queue full), ms. Default 1000; online() cuts it short. */
  readonly resendDelayMs?: number;
  /** Wait before trying again after the store failed, ms. Default 5000. */
  readonly storeRetryMs?: number;
  /** The time source; default the system clock (tests give their own). */
  readonly clock?: QueueClock;
}

/** Where the queue stands. */
export type QueueState = 'offline' | 'unregistered' | 'idle' | 'sending' | 'waiting' | 'closed';

/** How a message ended: answered, or given up. */
export type Settlement =
  | { readonly status: 'delivered'; readonly message: StoredMessage; readonly response: unknown }
  | { readonly status: 'discarded'; readonly message: StoredMessage; readonly error: unknown };

/** The answer to GetTransactionStatus (2.x E14). */
export interface TransactionStatus {
  /** Present only when asked about one transaction: it has begun and not ended. */
  readonly ongoingIndicator?: boolean;
  /** Messages of that transaction (or, without one, any messages) still wait to be delivered. */
  readonly messagesInQueue: boolean;
}

/** The events of a TransactionMessageQueue and their arguments. */
export interface TransactionMessageQueueEvents {
  /** A message is handed to `send` (attempt counts from 1). */
  send: [message: StoredMessage, attempt: number];
  /** A message was answered with a CALLRESULT and removed from the store. */
  delivered: [message: StoredMessage, response: unknown];
  /** A failed attempt; the message goes again after `delayMs`. */
  retry: [message: StoredMessage, error: unknown, info: { readonly attempts: number; readonly delayMs: number }];
  /** Given up after its last attempt. */
  discarded: [message: StoredMessage, error: unknown];
  /** The CSMS refused the station (or it may not send yet): the queue waits for registered(). */
  registrationNeeded: [message: StoredMessage, error: unknown];
  /** The store failed; the queue tries again after `storeRetryMs`. */
  error: [error: unknown];
}

const systemClock: QueueClock = {
  now: Date.now,
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref();
    return t;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * A station's transaction messages, kept in a store until the CSMS answers
 * them, sent one at a time in order, retried and given up as the version
 * says (see the module comment).
 */
export class TransactionMessageQueue<In extends QueueInput = QueueInput> extends EventEmitter<TransactionMessageQueueEvents> {
  /** The store of the options. */
  readonly store: TransactionMessageStore;
  /** The version's rules of the options. */
  readonly rules: TransactionRules<In>;
  private readonly send: SendTransactionMessage;
  private readonly attemptsSetting: number | (() => number);
  private readonly intervalSetting: number | (() => number);
  private readonly classify: (error: unknown) => FailureKind;
  private readonly resendDelayMs: number;
  private readonly storeRetryMs: number;
  private readonly clock: QueueClock;
  private isOnline: boolean;
  private isRegistered: boolean;
  private closed = false;
  private pumping = false;
  private again = false;
  private sending = false;
  private timer: unknown = undefined;
  /** No sending before this time (in memory only): after a message did not go, or the store failed. */
  private holdUntil = 0;
  /** Messages refused once with SecurityError (a second refusal counts). */
  private readonly refusedOnce = new Set<number>();
  private readonly waiters = new Map<number, { resolve: (s: Settlement) => void; reject: (e: unknown) => void }[]>();

  constructor(options: TransactionMessageQueueOptions<In>) {
    super();
    this.store = options.store;
    this.rules = options.rules;
    this.send = options.send;
    this.attemptsSetting = options.attempts ?? 3;
    this.intervalSetting = options.retryIntervalMs ?? 60_000;
    this.classify = options.classify ?? classifyFailure;
    this.resendDelayMs = options.resendDelayMs ?? 1000;
    this.storeRetryMs = options.storeRetryMs ?? 5000;
    this.clock = options.clock ?? systemClock;
    this.isOnline = options.online ?? false;
    this.isRegistered = options.registered ?? true;
    if (this.isOnline) this.kick();
  }

  /** Where the queue stands: offline, waiting for registration, idle, sending, waiting to retry, closed. */
  get state(): QueueState {
    if (this.closed) return 'closed';
    if (!this.isOnline) return 'offline';
    if (!this.isRegistered) return 'unregistered';
    if (this.sending) return 'sending';
    return this.timer !== undefined ? 'waiting' : 'idle';
  }

  /**
   * Stores a transaction message at the end of the queue. Resolves with the
   * stored message once it is durable (the store's promise), before it is
   * sent; rejects with a TypeError for a message the version does not
   * queue, or with the store's error (then nothing was queued).
   */
  async enqueue(input: In): Promise<StoredMessage> {
    if (this.closed) throw new Error('the transaction-message queue is closed');
    const stored = await this.store.append(this.rules.toAppend(input, !this.isOnline));
    this.kick();
    return stored;
  }

  /**
   * Resolves when the message is answered or given up by this queue (not
   * across restarts); rejects if the queue is closed first (the message
   * stays stored).
   */
  settled(id: number): Promise<Settlement> {
    if (this.closed) return Promise.reject(new Error('the transaction-message queue is closed'));
    return new Promise((resolve, reject) => {
      const waiter = { resolve, reject };
      const list = this.waiters.get(id);
      if (list === undefined) this.waiters.set(id, [waiter]);
      else list.push(waiter);
    });
  }

  /** The connection is up: queued messages start flowing. */
  online(): void {
    this.isOnline = true;
    this.holdUntil = 0;
    this.kick();
  }

  /** The connection is gone: nothing more is sent until online(). */
  offline(): void {
    this.isOnline = false;
  }

  /** The CSMS accepted the station (again): sending resumes. */
  registered(): void {
    this.isRegistered = true;
    this.holdUntil = 0;
    this.kick();
  }

  /** The station is not accepted (BootNotification Pending or Rejected): sending waits. */
  unregistered(): void {
    this.isRegistered = false;
  }

  /** Messages in the queue: all, or those of one transaction. */
  size(transaction?: string): Promise<number> {
    return this.store.count(transaction);
  }

  /**
   * The answer to GetTransactionStatus (2.x E14, TC_E_28_CS to TC_E_34_CS):
   * without an id, whether any message is queued; with one, also whether
   * that transaction is ongoing. An unknown id is neither.
   */
  async transactionStatus(transactionId?: string): Promise<TransactionStatus> {
    if (transactionId === undefined) return { messagesInQueue: (await this.store.count()) > 0 };
    const tx = await this.store.transaction(transactionId);
    return { ongoingIndicator: tx !== undefined && !tx.ended, messagesInQueue: (tx?.queued ?? 0) > 0 };
  }

  /**
   * Stops sending and timers; `settled` promises still waiting reject. The
   * store stays open (its owner closes it); what is queued stays queued.
   */
  close(): void {
    this.closed = true;
    this.clearTimer();
    const waiting = [...this.waiters.values()].flat();
    this.waiters.clear();
    for (const w of waiting) w.reject(new Error('the transaction-message queue was closed before the message was settled'));
  }

  // -------------------------------------------------------------------------

  private kick(): void {
    if (this.closed) return;
    this.clearTimer();
    void this.pump();
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private wakeAt(time: number): void {
    this.clearTimer();
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      void this.pump();
    }, Math.max(0, time - this.clock.now()));
  }

  private async pump(): Promise<void> {
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.again = false;
        await this.drain();
      } while (this.again && !this.closed);
    } finally {
      this.pumping = false;
    }
  }

  /** Sends while it may, one message at a time. */
  private async drain(): Promise<void> {
    while (!this.closed && this.isOnline && this.isRegistered) {
      let message: StoredMessage | undefined;
      try {
        message = await this.store.peek();
        if (message === undefined) return;
        const due = Math.max(message.notBefore, this.holdUntil);
        if (due > this.clock.now()) {
          this.wakeAt(due);
          return;
        }
        await this.deliver(message);
      } catch (err) {
        // The store failed: try again later, never drop or resend blindly.
        this.holdUntil = this.clock.now() + this.storeRetryMs;
        if (this.listenerCount('error') > 0) this.emit('error', err);
        this.wakeAt(this.holdUntil);
        return;
      }
    }
  }

  private async deliver(message: StoredMessage): Promise<void> {
    let reference: number | undefined;
    if (this.rules.needsReference(message) && message.transaction !== undefined) {
      reference = (await this.store.transaction(message.transaction))?.reference;
    }
    const payload = this.rules.payloadFor(message, reference);
    let response: unknown;
    this.tell('send', message, message.attempts + 1);
    this.sending = true;
    try {
      response = await this.send(message.action, payload);
    } catch (err) {
      this.sending = false;
      await this.failed(message, err);
      return;
    }
    this.sending = false;
    const learned = this.rules.referenceFromAnswer(message, response);
    await this.store.remove(message.id, learned !== undefined ? { reference: learned } : undefined);
    this.refusedOnce.delete(message.id);
    this.tell('delivered', message, response);
    this.settle(message.id, { status: 'delivered', message, response });
  }

  private async failed(message: StoredMessage, error: unknown): Promise<void> {
    let kind = this.classify(error);
    if (kind === 'refused') {
      this.isRegistered = false;
      this.tell('registrationNeeded', message, error);
      if (!this.refusedOnce.has(message.id)) {
        this.refusedOnce.add(message.id);
        return;
      }
      kind = 'failed';
    }
    if (kind === 'unregistered') {
      this.isRegistered = false;
      this.tell('registrationNeeded', message, error);
      return;
    }
    if (kind === 'notSent') {
      this.holdUntil = this.clock.now() + this.resendDelayMs;
      return;
    }
    const attempts = message.attempts + 1;
    if (attempts >= this.maxAttempts()) {
      const reference = this.rules.referenceOnDiscard(message);
      await this.store.remove(message.id, reference !== undefined ? { reference } : undefined);
      this.refusedOnce.delete(message.id);
      this.tell('discarded', message, error);
      this.settle(message.id, { status: 'discarded', message, error });
      return;
    }
    const interval = this.intervalSetting;
    const delayMs = retryDelayMs(typeof interval === 'function' ? interval() : interval, attempts);
    await this.store.recordAttempt(message.id, attempts, this.clock.now() + delayMs);
    this.tell('retry', message, error, { attempts, delayMs });
  }

  /** A message is tried at least once, whatever the setting says. */
  private maxAttempts(): number {
    const setting = this.attemptsSetting;
    const attempts = typeof setting === 'function' ? setting() : setting;
    return Number.isNaN(attempts) ? 3 : Math.max(1, attempts);
  }

  /** Emits without letting a throwing listener disturb the delivery. */
  private tell<K extends Exclude<keyof TransactionMessageQueueEvents, 'error'>>(event: K, ...args: TransactionMessageQueueEvents[K]): void {
    try {
      (this.emit as (event: K, ...args: TransactionMessageQueueEvents[K]) => boolean)(event, ...args);
    } catch {
      // A listener's failure is its own.
    }
  }

  private settle(id: number, settlement: Settlement): void {
    const list = this.waiters.get(id);
    if (list === undefined) return;
    this.waiters.delete(id);
    for (const w of list) w.resolve(settlement);
  }
}
