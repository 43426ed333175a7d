/**
 * Transaction messages (E11-E13): every TransactionEventRequest goes through
 * this queue, in order. While the station is offline (or not yet accepted
 * after a reboot) they wait and go out when it is back (E11.FR.01, E12); a
 * CALLERROR or no answer within OCPPCommCtrlr.MessageTimeout is retried after
 * MessageAttemptInterval[TransactionEvent] times the attempts so far, and
 * dropped after MessageAttempts[TransactionEvent] attempts (E13.FR.02,
 * E13.FR.03). GetTransactionStatus reads it (E14).
 */
import { ConnectionLostError, EndpointClosedError, NotRegisteredError } from '../lib.js';
import type { TransactionEventRequest, TransactionEventResponse } from '../lib.js';
import type { DeviceModel } from './device-model.js';
import { messageOf, type EmitEvent } from './events.js';
import type { StationLink } from './link.js';

interface Item {
  readonly request: TransactionEventRequest;
  attempts: number;
  readonly onResponse: (response: TransactionEventResponse) => void;
  /** Resolves the promise push() returned (once). */
  readonly settle: () => void;
}

const TX_EVENT = { name: 'MessageAttempts', instance: 'TransactionEvent' } as const;
const TX_INTERVAL = { name: 'MessageAttemptInterval', instance: 'TransactionEvent' } as const;
const TIMEOUT = { name: 'MessageTimeout', instance: 'Default' } as const;

export class TransactionQueue {
  private readonly items: Item[] = [];
  private running = false;
  private wakeRetry: (() => void) | undefined;

  constructor(
    private readonly link: StationLink,
    private readonly model: DeviceModel,
    private readonly emit: EmitEvent,
  ) {}

  get size(): number {
    return this.items.length;
  }

  /** E14: a message of this transaction (of any, without an id) is still to be delivered. */
  holds(transactionId?: string): boolean {
    return this.items.some((i) => transactionId === undefined || i.request.transactionInfo.transactionId === transactionId);
  }

  /**
   * Queues a request. The promise resolves when it is delivered or dropped,
   * or as soon as it has to wait (offline, or a failed attempt waiting for its retry).
   */
  push(request: TransactionEventRequest, onResponse: (response: TransactionEventResponse) => void): Promise<void> {
    return new Promise((resolve) => {
      let settled = false;
      const settle = (): void => {
        if (settled) return;
        settled = true;
        resolve();
      };
      this.items.push({ request, attempts: 0, onResponse, settle });
      if (!this.ready()) settle();
      this.kick();
    });
  }

  /** Starts delivering if there is something to deliver and the line is up. */
  kick(): void {
    if (this.running || this.items.length === 0 || !this.ready()) return;
    this.running = true;
    void this.link.track(this.run().finally(() => (this.running = false)));
  }

  /** The station is stopping or rebooting: a waiting retry ends now. */
  wake(): void {
    this.wakeRetry?.();
  }

  private ready(): boolean {
    return this.link.connected && this.link.accepted && !this.link.stopped;
  }

  private async run(): Promise<void> {
    while (this.items.length > 0 && this.ready()) {
      const item = this.items[0]!;
      let response: TransactionEventResponse;
      try {
        response = await this.link.role.call('TransactionEvent', item.request, { timeoutMs: this.model.integer('OCPPCommCtrlr', TIMEOUT, 30) * 1000 });
      } catch (err) {
        item.settle();
        // Lost with the connection, or refused locally before a new boot: sent again once back.
        if (err instanceof ConnectionLostError || err instanceof EndpointClosedError || err instanceof NotRegisteredError || !this.ready()) break;
        item.attempts++;
        this.emit({ type: 'error', message: `TransactionEvent (attempt ${item.attempts}): ${messageOf(err)}` });
        if (item.attempts >= this.model.integer('OCPPCommCtrlr', TX_EVENT, 3)) {
          this.items.shift();
          continue;
        }
        await this.pause(this.model.integer('OCPPCommCtrlr', TX_INTERVAL, 10) * item.attempts * 1000);
        continue;
      }
      if (this.items[0] === item) this.items.shift();
      item.settle();
      item.onResponse(response);
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        if (this.wakeRetry === done) this.wakeRetry = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeRetry = done;
    });
  }
}
