/**
 * The station client's transaction messages: TransactionEvent (2.x) and
 * StartTransaction, StopTransaction and transaction MeterValues (1.6) go
 * through a durable TransactionMessageQueue (ocpp-model/durable) instead
 * of the ordinary call queue. Each is written to the store before it is
 * sent and removed when its CALLRESULT comes; it waits under no call
 * timeout and no queue bound; a CALLERROR or a timeout is a failed attempt,
 * retried after the version's interval (a SecurityError first makes the
 * client boot again); after the last attempt it is given up, as the
 * version says (see the queue).
 *
 * The queue follows the client: sending while the connection is open and
 * the station registered (BootNotification Accepted), holding otherwise.
 * In 2.x the client answers GetTransactionStatus from the queue unless the
 * application handles it itself.
 */
import type { AnyVersion } from '../schema/version.js';
import type { CallHandler, HandlerTable, Validator } from '../rpc/dispatch.js';
import { describeIssues } from '../rpc/dispatch.js';
import { createOcppError } from '../rpc/errors.js';
import { modesOf, optionsFor } from '../rpc/validation-modes.js';
import type { ValidateOptions } from '../schema/result.js';
import type { ChargingStation } from '../roles/charging-station.js';
import { MemoryTransactionMessageStore } from '../durable/station/memory-store.js';
import { TransactionMessageQueue } from '../durable/station/queue.js';
import { transactionRulesFor, type TransactionInputFor } from '../durable/station/rules-for.js';
import type { QueueInput, TransactionRules } from '../durable/station/rules.js';
import type { StoredMessage, TransactionMessageStore } from '../durable/station/store.js';
import type { ChargingStationClientOptions, ClientContext } from './client-options.js';

/** What the transaction-message queue of a client of version V takes (1.6 or 2.x messages). */
export type TransactionInputOf<V extends AnyVersion> = TransactionInputFor<V['protocol']> & QueueInput;

/** The transaction-message queue of a client of version V. */
export type ClientTransactionQueue<V extends AnyVersion> = TransactionMessageQueue<TransactionInputOf<V>>;

/** How a station client keeps and retries its transaction messages. */
export interface ClientTransactionOptions {
  /**
   * Where transaction messages wait until answered. Default: a new
   * MemoryTransactionMessageStore (lost with the process); give a
   * SqliteTransactionMessageStore (ocpp-model/sqlite) to survive a crash.
   * The client never closes a store it was given.
   */
  readonly store?: TransactionMessageStore;
  /**
   * TransactionMessageAttempts (1.6) / MessageAttemptsTransactionEvent (2.x). Default 3;
   * Infinity never gives up; a function is read at each failure (a value the CSMS may set).
   */
  readonly attempts?: number | (() => number);
  /** TransactionMessageRetryInterval / MessageAttemptIntervalTransactionEvent, in ms (the variables hold seconds). Default 60000; a function is read at each failure. */
  readonly retryIntervalMs?: number | (() => number);
  /** Wait before sending again a message that could not go (no connection), ms. Default 1000; a new connection cuts it short. */
  readonly resendDelayMs?: number;
}

/** The client's queue, following the client's connection and registration. */
export class ClientTransactions<V extends AnyVersion> {
  /** The durable queue. */
  readonly queue: ClientTransactionQueue<V>;
  private readonly rules: TransactionRules<TransactionInputOf<V>>;
  private readonly ownStore: boolean;

  private readonly validator: Validator | undefined;
  private readonly validation: ValidateOptions | undefined;

  constructor(clientOptions: ChargingStationClientOptions<V>, station: ChargingStation<V, ClientContext>) {
    const options = clientOptions.transactions;
    const version = clientOptions.version;
    this.rules = transactionRulesFor(version.protocol) as TransactionRules<TransactionInputOf<V>>;
    this.ownStore = options?.store === undefined;
    const validate = clientOptions.station?.validate;
    // Checked as the endpoint will check it when it is sent.
    this.validation = optionsFor(modesOf(clientOptions.station?.validation ?? 'strict').outgoingRequests);
    this.validator = validate === false || this.validation === undefined ? undefined : (validate ?? version.validate);
    // Sending waits for an Accepted BootNotification, unless the station starts registered.
    const reg = clientOptions.station?.registration;
    const registeredAtStart = reg === false || (typeof reg === 'object' && reg.initialStatus === 'Accepted');
    // Every version has its transaction actions; the role's types cannot see that for a generic V.
    const call = station.call as (action: string, payload: unknown) => Promise<unknown>;
    this.queue = new TransactionMessageQueue<TransactionInputOf<V>>({
      store: options?.store ?? new MemoryTransactionMessageStore(),
      rules: this.rules,
      send: (action, payload) => call.call(station, action, payload),
      registered: registeredAtStart,
      ...(options?.attempts !== undefined && { attempts: options.attempts }),
      ...(options?.retryIntervalMs !== undefined && { retryIntervalMs: options.retryIntervalMs }),
      ...(options?.resendDelayMs !== undefined && { resendDelayMs: options.resendDelayMs }),
    });
  }

  /** A BootNotification answer: Accepted lets the queue send; Pending or Rejected holds it. */
  booted(response: unknown): void {
    if ((response as { status?: unknown }).status === 'Accepted') this.queue.registered();
    else this.queue.unregistered();
  }

  /**
   * Checks a message (as it will go, with seqNo 0 and transactionId 0 for
   * what the queue fills in) and stores it: an invalid message would fail
   * every attempt, so it is refused here, before anything is stored.
   */
  async enqueue(input: TransactionInputOf<V>): Promise<StoredMessage> {
    const append = this.rules.toAppend(input, false);
    const probe: StoredMessage = {
      id: 0,
      action: append.action,
      payload: append.payload,
      transaction: append.transaction,
      seqNo: append.numbered === true ? 0 : undefined,
      attempts: 0,
      notBefore: 0,
      createdAt: 0,
    };
    const result = this.validator?.(append.action, 'request', this.rules.payloadFor(probe, 0), this.validation);
    if (result !== undefined && !result.ok) {
      const { description, details } = describeIssues(result.errors);
      throw createOcppError(result.errors[0]?.code ?? 'FormatViolation', `invalid ${append.action} request: ${description}`, details);
    }
    return this.queue.enqueue(input);
  }

  /** Stops the queue (what is stored stays); closes the store only if the client made it. */
  async close(): Promise<void> {
    this.queue.close();
    if (this.ownStore) await this.queue.store.close();
  }
}

/**
 * The handlers a client adds under the application's (`sharedHandlers`):
 * in 2.x, GetTransactionStatus answered from the queue (E14, TC_E_28_CS to
 * TC_E_34_CS). An application's own handler of it takes precedence.
 */
export function transactionHandlers<C extends object>(
  version: AnyVersion,
  queue: () => TransactionMessageQueue<QueueInput> | undefined,
  shared: HandlerTable<C> | undefined,
): HandlerTable<C> | undefined {
  if (version.actionTable['GetTransactionStatus'] === undefined) return shared;
  const table = Object.create(shared ?? null) as Record<string, CallHandler<C> | undefined>;
  table['GetTransactionStatus'] = async (request) => {
    const id = (request as { transactionId?: unknown }).transactionId;
    const q = queue();
    if (q === undefined) return { messagesInQueue: false };
    return q.transactionStatus(typeof id === 'string' ? id : undefined);
  };
  return table;
}
