/**
 * What a CsmsServer keeps in its store (ocpp-model/durable's CsmsStore:
 * in memory by default, SQLite with ocpp-model/sqlite), so that a restarted
 * CSMS carries on where it stopped:
 *
 * - Registrations: every BootNotification answer is saved with the
 *   station's record. A station that connects while the server holds no
 *   behaviour for it (after a restart, or after `retainDisconnectedMs`) and
 *   whose saved registration is Accepted in the same version is served at
 *   once, without booting again (Part 4, 5.3: a reconnecting station need
 *   not boot; B02.FR.09 would otherwise refuse it with SecurityError).
 * - Transaction messages registered with `handleTransaction` are recorded
 *   exactly once (TransactionRecorder): a station's retry of a message the
 *   CSMS already handled (2.x: the same transactionId and seqNo; 1.6: the
 *   same message) is answered as the first time and not handed to the
 *   application again. After a 2.x Ended event with seqNos missing, the
 *   server asks the station GetTransactionStatus (E14, TC_E_31_CSMS).
 */
import type { AnyVersion, OcppVersion } from '../schema/version.js';
import type { CallContext, CallHandler } from '../rpc/dispatch.js';
import { TransactionRecorder, type RecordedActions, type RecordOutcome } from '../durable/csms/recorder.js';
import type { CsmsStore, TransactionEffect } from '../durable/csms/records.js';
import { isTransactionVersion } from '../durable/station/rules-for.js';
import type { TransactionVersion } from '../durable/station/rules.js';
import type { StationContext } from './server-options.js';

/** The recorder's name of a version ('ocpp1.6' for '1.6'). */
export type RecordedVersion<N extends OcppVersion> = `ocpp${N}` & TransactionVersion;

/** The transaction actions recorded in version N: 1.6 StartTransaction, StopTransaction, MeterValues; 2.x TransactionEvent. */
export type TransactionAction<N extends OcppVersion> = keyof RecordedActions[RecordedVersion<N>] & string;

type Parts<N extends OcppVersion, A extends string> = A extends keyof RecordedActions[RecordedVersion<N>] ? RecordedActions[RecordedVersion<N>][A] : never;

/** What a transaction handler is told besides the request. */
export type TransactionContext = CallContext &
  StationContext & {
    /** What the message does to the transaction records (the store applies it once the handler has answered). */
    readonly effect: TransactionEffect;
  };

/**
 * The handler of a transaction message, called once per message (never for
 * a station's retry of it). A 1.6 StartTransaction is answered without
 * transactionId: the store assigns it.
 */
export type TransactionHandler<N extends OcppVersion, A extends string> = (
  request: Parts<N, A> extends readonly [infer Req, unknown, unknown] ? Req : never,
  context: TransactionContext,
) => Answer<N, A> | Promise<Answer<N, A>>;

type Answer<N extends OcppVersion, A extends string> = Parts<N, A> extends readonly [unknown, infer Ans, unknown] ? Ans : never;

/** One transaction message as the server recorded it (the `transactionMessage` event). */
export type TransactionMessageRecord = RecordOutcome<unknown> & {
  /** The action of the message. */
  readonly action: string;
  /** The version the station speaks. */
  readonly version: OcppVersion;
  /** The request as received. */
  readonly request: unknown;
};

/** What the store part needs of the server. */
export interface ServerStoreHost {
  /** A station's behaviour, to ask it GetTransactionStatus. */
  station(identity: string): { call(action: string, payload: unknown): Promise<unknown> } | undefined;
  /** Reports a recorded message (`transactionMessage` event). */
  recorded(identity: string, record: TransactionMessageRecord): void;
  /** Reports a store failure (`storeError` event). */
  failed(error: unknown): void;
}

/** The server's use of its CsmsStore (see the module comment). */
export class ServerStore {
  private readonly recorders = new Map<TransactionVersion, TransactionRecorder>();
  /** Saves of one station's record, in order. */
  private readonly saving = new Map<string, Promise<void>>();

  constructor(
    readonly store: CsmsStore,
    private readonly host: ServerStoreHost,
  ) {}

  /** True when the station's saved registration lets it be served without booting again in `version`. */
  async restorable(identity: string, version: AnyVersion): Promise<boolean> {
    try {
      const record = await this.store.station(identity);
      return record?.registration === 'Accepted' && record.protocol === version.protocol;
    } catch (err) {
      this.host.failed(err);
      return false;
    }
  }

  /** Saves a BootNotification answer with the station's record (in the order answered). */
  booted(identity: string, version: AnyVersion, request: unknown, response: unknown): void {
    const status = (response as { status?: unknown }).status;
    if (status !== 'Accepted' && status !== 'Pending' && status !== 'Rejected') return;
    const previous = this.saving.get(identity) ?? Promise.resolve();
    const next = previous.then(async () => {
      const now = new Date().toISOString();
      const known = await this.store.station(identity);
      await this.store.saveStation({
        ...known,
        identity,
        registration: status,
        protocol: version.protocol,
        boot: request,
        boots: (known?.boots ?? 0) + 1,
        firstSeen: known?.firstSeen ?? now,
        lastSeen: now,
        lastBoot: now,
      });
    });
    const settled = next.catch((err: unknown) => this.host.failed(err));
    this.saving.set(identity, settled);
    void settled.then(() => {
      if (this.saving.get(identity) === settled) this.saving.delete(identity);
    });
  }

  /** The recorder of a version, over the store. */
  recorder(version: OcppVersion): TransactionRecorder {
    const name = `ocpp${version}`;
    if (!isTransactionVersion(name)) throw new TypeError(`no transaction messages are recorded for OCPP ${version}`);
    let recorder = this.recorders.get(name);
    if (recorder === undefined) {
      recorder = new TransactionRecorder({ store: this.store, version: name });
      this.recorders.set(name, recorder);
    }
    return recorder;
  }

  /** The call handler that records `action` exactly once and asks for its answer only for a new message. */
  handler(version: OcppVersion, action: string, handler: (request: unknown, context: TransactionContext) => unknown): CallHandler<StationContext> {
    const recorder = this.recorder(version);
    if (!recorder.handles(action)) throw new TypeError(`${action} is not a transaction message of OCPP ${version}`);
    return async (request, context) => {
      const outcome = await recorder.recordAny(context.identity, action, request, ({ effect }) => handler(request, { ...context, effect }));
      const transactionId = outcome.transactionId;
      if (outcome.askTransactionStatus && transactionId !== undefined) {
        // After our answer has gone: the station then tells whether the missing events are still queued.
        setImmediate(() => {
          this.host.station(context.identity)?.call('GetTransactionStatus', { transactionId }).catch(() => undefined);
        });
      }
      this.host.recorded(context.identity, { ...outcome, action, version, request });
      return outcome.answer;
    };
  }

  /** Waits for the registrations being saved. */
  async flush(): Promise<void> {
    await Promise.all([...this.saving.values()]);
  }
}
