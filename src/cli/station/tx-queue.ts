/**
 * Transaction messages (E11-E13) through the library's durable queue
 * (TransactionMessageQueue of ocpp-model/durable, the queue of
 * ChargingStationClient): every TransactionEventRequest is stored before it
 * is sent (in memory, or in the SQLite file of `ocpp station --db`) and
 * removed when answered, in order. While the station is offline (or not yet
 * accepted after a reboot) they wait and go out when it is back (E11.FR.01,
 * E12); a CALLERROR or no answer within OCPPCommCtrlr.MessageTimeout is
 * retried after MessageAttemptInterval[TransactionEvent] times the
 * transmissions so far, and given up after MessageAttempts[TransactionEvent]
 * (E13.FR.02, E13.FR.03). The store numbers the events of each transaction
 * (seqNo), so numbering continues across a restart on the same file.
 * GetTransactionStatus reads it (E14).
 *
 * The queue outlives the station's clients (a reboot or a reconnect builds a
 * new one): it sends through whatever behaviour the link holds now.
 */
import { ConnectionLostError, OcppError } from '../lib.js';
import type { TransactionEventRequest, TransactionEventResponse } from '../lib.js';
import {
  MemoryTransactionMessageStore,
  TransactionMessageQueue,
  transactionRules201,
  type StoredMessage,
  type TransactionEventInput201,
  type TransactionMessageStore,
} from '../../durable/index.js';
import type { DeviceModel } from './device-model.js';
import { messageOf, type EmitEvent } from './events.js';
import type { StationLink } from './link.js';

const TX_EVENT = { name: 'MessageAttempts', instance: 'TransactionEvent' } as const;
const TX_INTERVAL = { name: 'MessageAttemptInterval', instance: 'TransactionEvent' } as const;
const TIMEOUT = { name: 'MessageTimeout', instance: 'Default' } as const;

export class TransactionQueue {
  /** The durable queue (its store: memory, or the station's file). */
  readonly queue: TransactionMessageQueue<TransactionEventInput201>;
  /** Messages of each transaction in the store, mirrored so that `holds` and `size` answer at once. */
  private readonly queued = new Map<string, number>();
  private total = 0;
  /** What to do with the answer of a message queued by this process. */
  private readonly answers = new Map<number, (response: TransactionEventResponse) => void>();
  /** push() promises to resolve when their message settles or has to wait. */
  private readonly waiting = new Map<number, () => void>();
  readonly loaded: Promise<void>;
  /** The message handed to the behaviour last. */
  private sending = 0;

  constructor(
    private readonly link: StationLink,
    private readonly model: DeviceModel,
    private readonly emit: EmitEvent,
    store: TransactionMessageStore = new MemoryTransactionMessageStore(),
  ) {
    const comm = (variable: { name: string; instance: string }, fallback: number): number => model.integer('OCPPCommCtrlr', variable, fallback);
    this.queue = new TransactionMessageQueue<TransactionEventInput201>({
      store,
      rules: transactionRules201,
      send: (_action, payload) => this.send(payload as TransactionEventRequest),
      attempts: () => comm(TX_EVENT, 3),
      retryIntervalMs: () => comm(TX_INTERVAL, 10) * 1000,
      registered: false,
    });
    this.queue.on('send', (m) => (this.sending = m.id));
    this.queue.on('delivered', (m, response) => {
      const onResponse = this.answers.get(m.id);
      this.settled(m);
      onResponse?.(response as TransactionEventResponse);
    });
    this.queue.on('discarded', (m, err) => {
      this.emit({ type: 'error', message: `TransactionEvent (attempt ${m.attempts + 1}, given up): ${messageOf(err)}` });
      this.settled(m);
    });
    this.queue.on('retry', (_m, err, info) => this.emit({ type: 'error', message: `TransactionEvent (attempt ${info.attempts}): ${messageOf(err)}` }));
    // B02.FR.09: a CSMS that no longer knows the station: register again.
    this.queue.on('registrationNeeded', (_m, err) => {
      if (err instanceof OcppError && err.code === 'SecurityError' && this.link.accepted) this.link.onRefused();
    });
    this.queue.on('error', (err) => this.emit({ type: 'error', message: `transaction-message store: ${messageOf(err)}` }));
    // What an earlier run left in the store goes first.
    this.loaded = this.recover(store).catch((err: unknown) => this.emit({ type: 'error', message: `transaction-message store: ${messageOf(err)}` }));
  }

  /**
   * A station started on the store of an earlier run (killed, or its power
   * cut): the messages left go first, and the transactions that run had not
   * ended end now, with PowerLoss (nothing of them runs any more), so the CSMS
   * does not keep them open for ever.
   */
  private async recover(store: TransactionMessageStore): Promise<void> {
    for (const m of await store.list()) this.count(m.transaction, 1);
    for (const open of await store.openTransactions()) {
      const stored = await this.queue.enqueue({
        action: 'TransactionEvent',
        payload: {
          eventType: 'Ended',
          timestamp: new Date().toISOString(),
          triggerReason: 'AbnormalCondition',
          transactionInfo: { transactionId: open.transaction, stoppedReason: 'PowerLoss' },
        },
      });
      this.count(stored.transaction, 1);
    }
  }

  get size(): number {
    return this.total;
  }

  /** E14: a message of this transaction (of any, without an id) is still to be delivered. */
  holds(transactionId?: string): boolean {
    return transactionId === undefined ? this.total > 0 : (this.queued.get(transactionId) ?? 0) > 0;
  }

  /**
   * Stores a request (its seqNo is the store's) and queues it. The promise
   * resolves when it is delivered or given up, or as soon as it has to wait
   * (offline, or a failed attempt waiting for its retry).
   */
  async push(request: TransactionEventRequest, onResponse: (response: TransactionEventResponse) => void): Promise<void> {
    this.kick();
    const { seqNo: _numbered, ...payload } = request;
    let stored: StoredMessage;
    try {
      stored = await this.queue.enqueue({ action: 'TransactionEvent', payload });
    } catch (err) {
      this.emit({ type: 'error', message: `TransactionEvent not queued: ${messageOf(err)}` });
      return;
    }
    this.count(stored.transaction, 1);
    this.answers.set(stored.id, onResponse);
    if (!this.ready()) return;
    await new Promise<void>((resolve) => this.waiting.set(stored.id, resolve));
  }

  /** Follows the line: sends while connected and accepted, holds otherwise. */
  kick(): void {
    if (this.link.stopped) return;
    if (!this.ready()) {
      this.queue.offline();
      return;
    }
    this.queue.online();
    this.queue.registered();
  }

  /** The station is stopping (for good: the queue stops; what is stored stays) or rebooting (it waits for the new boot). */
  wake(): void {
    if (this.link.stopped) {
      this.queue.close();
      for (const resolve of this.waiting.values()) resolve();
      this.waiting.clear();
    } else this.queue.unregistered();
  }

  private ready(): boolean {
    return this.link.connected && this.link.accepted && !this.link.stopped;
  }

  private async send(payload: TransactionEventRequest): Promise<TransactionEventResponse> {
    // Offline or not accepted (the queue learns it late): not sent, sent again later, uncounted.
    if (!this.ready()) {
      this.kick();
      this.resolveWaiting();
      throw new ConnectionLostError('TransactionEvent', 'the station is offline');
    }
    const timeoutMs = this.model.integer('OCPPCommCtrlr', TIMEOUT, 30) * 1000;
    try {
      return await this.link.role.call('TransactionEvent', payload, { timeoutMs });
    } catch (err) {
      // It has to wait now (a retry, or the line back): whoever pushed it stops waiting.
      this.waiting.get(this.sending)?.();
      throw err;
    }
  }

  private settled(m: StoredMessage): void {
    this.count(m.transaction, -1);
    this.answers.delete(m.id);
    this.waiting.get(m.id)?.();
    this.waiting.delete(m.id);
  }

  /** Everything waiting resolves: the station has gone offline. */
  private resolveWaiting(): void {
    for (const resolve of this.waiting.values()) resolve();
    this.waiting.clear();
  }

  private count(transaction: string | undefined, delta: number): void {
    this.total = Math.max(0, this.total + delta);
    if (transaction === undefined) return;
    const n = (this.queued.get(transaction) ?? 0) + delta;
    if (n > 0) this.queued.set(transaction, n);
    else this.queued.delete(transaction);
  }
}
