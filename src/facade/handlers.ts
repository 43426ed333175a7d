/**
 * The version handlers behind the facade: for each version, one handler per
 * station-to-CSMS action the neutral model carries, which reads the
 * version's request into the neutral message, asks the application's
 * handler (or the default answer), and writes the neutral answer back in
 * the version's response. Transaction messages go through the station's
 * TransactionTracker first, so that a 1.6 StartTransaction gets its id
 * from the CSMS and every version's messages make the same record.
 *
 * An answer that comes at once is written at once: the facade adds no
 * promise of its own to a handler that returns a plain value.
 */
import type { StationContext } from '../transport/index.js';
import { NotSupportedError } from '../rpc/errors.js';
import {
  stationMessages16,
  stationMessages201,
  stationMessages21,
  writeStartTransactionResponse,
  writeStopTransactionResponse,
  writeTransactionMeterValuesResponse,
  type ConversionOptions,
  type OcppVersion,
  type StationMessageCodec,
  type StationMessageName,
  type StationMessages,
  type Tracked,
  type TransactionAnswer,
  type TransactionTracker,
} from '../neutral/index.js';
import type * as M16 from '../v16/generated/messages.js';
import type { Awaitable, NeutralHandlers, StationRef, TransactionContext } from './types.js';

/** What the version handlers need of the facade. */
export interface FacadeCore {
  /** The application's handler of a neutral message, if it registered one. */
  handler<K extends keyof NeutralHandlers>(name: K): NeutralHandlers[K] | undefined;
  /** The transactions of a station. */
  tracker(identity: string): TransactionTracker;
  /** The conversion options for answers to a station (losses reported). */
  conversion(station: StationRef): ConversionOptions;
  /** A transaction message was answered. */
  tracked(context: TransactionContext, tracked: Tracked): void;
}

/** A handler of one version's action, as the server's handler table holds it. */
export type RawHandler = (payload: never, context: StationContext) => unknown;

/** Applies `fn` to a value now, or once the promise settles. */
function then<T, R>(value: Awaitable<T>, fn: (v: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}

const ack = () => ({});

/** What the CSMS answers when the application registered no handler for a message. */
function defaultAnswer<K extends StationMessageName>(core: FacadeCore, name: K, request: StationMessages[K]['request'], station: StationRef): Awaitable<unknown> {
  switch (name) {
    case 'boot':
    case 'authorize':
      throw new NotSupportedError(`this CSMS has no ${name} handler`);
    case 'heartbeat':
      return { currentTime: new Date().toISOString() };
    case 'dataTransfer':
      return { status: 'UnknownVendorId' };
    case 'transaction':
      return transactionDefault(core, request as StationMessages['transaction']['request'], station);
    default:
      return {};
  }
}

/** Without a transaction handler: the event's idToken goes to the authorize handler, if there is one. */
function transactionDefault(core: FacadeCore, event: StationMessages['transaction']['request'], station: StationRef): Awaitable<TransactionAnswer> {
  const authorize = core.handler('authorize');
  if (event.idToken === undefined || authorize === undefined) return {};
  return then(authorize({ idToken: event.idToken }, station), (a) => ({ idTokenInfo: a.idTokenInfo }));
}

/**
 * A station as the handlers of one version see it, made once per identity:
 * its ref (handed to every neutral handler) and the conversion options of
 * the answers to it. Nothing is made per frame that a frame does not need.
 */
interface Known {
  readonly station: StationRef;
  readonly conversion: ConversionOptions;
}

/** The stations the handlers of one version have seen, by identity. */
function knownStations(core: FacadeCore, version: OcppVersion): (ctx: StationContext) => Known {
  const known = new Map<string, Known>();
  return (ctx) => {
    let k = known.get(ctx.identity);
    if (k === undefined) {
      const station: StationRef = { identity: ctx.identity, version };
      k = { station, conversion: core.conversion(station) };
      known.set(ctx.identity, k);
    }
    return k;
  };
}

/** Runs the transaction handler (or the default) on a tracked message, then reports it. */
function transactionAnswer(core: FacadeCore, tracked: Tracked, station: StationRef): Awaitable<TransactionAnswer> {
  const context: TransactionContext = { identity: station.identity, version: station.version, record: tracked.record, duplicate: tracked.duplicate };
  const fn = core.handler('transaction');
  const result = fn === undefined ? transactionDefault(core, tracked.event, station) : fn(tracked.event, context);
  if (result instanceof Promise) {
    return result.then((a: TransactionAnswer) => {
      core.tracked(context, tracked);
      return a;
    });
  }
  core.tracked(context, tracked);
  return result;
}

/** A handler that reads, answers and writes one action through its codec. */
function through<K extends Exclude<StationMessageName, 'transaction'>, Req, Res>(
  core: FacadeCore,
  known: (ctx: StationContext) => Known,
  codec: StationMessageCodec<K, Req, Res>,
): RawHandler {
  const name = codec.message;
  return (payload: Req, ctx: StationContext) => {
    const { station, conversion } = known(ctx);
    const request = codec.readRequest(payload);
    const fn = core.handler(name) as ((r: StationMessages[K]['request'], s: StationRef) => Awaitable<StationMessages[K]['answer'] | void>) | undefined;
    const result = fn === undefined ? defaultAnswer(core, name, request, station) : fn(request, station);
    // Acknowledgements may be answered with nothing at all.
    if (result instanceof Promise) return result.then((a: StationMessages[K]['answer'] | undefined) => codec.writeResponse(a ?? ({} as StationMessages[K]['answer']), conversion));
    return codec.writeResponse((result ?? {}) as StationMessages[K]['answer'], conversion);
  };
}

/** The 2.0.1 or 2.1 handlers. */
function handlers2x(core: FacadeCore, version: '2.0.1' | '2.1'): Record<string, RawHandler> {
  const codecs = (version === '2.1' ? stationMessages21 : stationMessages201) as unknown as Record<string, StationMessageCodec<StationMessageName, unknown, unknown>>;
  const known = knownStations(core, version);
  const table: Record<string, RawHandler> = {};
  for (const [action, codec] of Object.entries(codecs)) {
    if (codec.message !== 'transaction') table[action] = through(core, known, codec as StationMessageCodec<Exclude<StationMessageName, 'transaction'>, unknown, unknown>);
  }
  const tx = codecs['TransactionEvent'] as StationMessageCodec<'transaction', unknown, unknown>;
  table['TransactionEvent'] = (payload: unknown, ctx: StationContext) => {
    const { station, conversion } = known(ctx);
    const tracked = core.tracker(ctx.identity).transactionEvent(tx.readRequest(payload));
    const a = transactionAnswer(core, tracked, station);
    return a instanceof Promise ? a.then((x: TransactionAnswer) => tx.writeResponse(x, conversion)) : tx.writeResponse(a, conversion);
  };
  return table;
}

/** The 1.6 handlers: the transaction messages go through the tracker, which numbers the transactions. */
function handlers16(core: FacadeCore): Record<string, RawHandler> {
  const known = knownStations(core, '1.6');
  const table: Record<string, RawHandler> = {};
  for (const [action, codec] of Object.entries(stationMessages16) as [string, StationMessageCodec<Exclude<StationMessageName, 'transaction'>, unknown, unknown>][]) {
    table[action] = through(core, known, codec);
  }
  const meterValues = table['MeterValues']!;
  const status = table['StatusNotification']!;
  table['StatusNotification'] = (payload: M16.StatusNotificationRequest, ctx: StationContext) => {
    // The connector's status is the charging state of the transaction running on it.
    core.tracker(ctx.identity).statusNotification16(payload);
    return status(payload as never, ctx);
  };
  table['MeterValues'] = (payload: M16.MeterValuesRequest, ctx: StationContext) => {
    if (payload.transactionId === undefined) return meterValues(payload as never, ctx);
    // A transaction's meter values are its Updated event, as 2.x sends them in TransactionEvent.
    const { station, conversion } = known(ctx);
    const tracked = core.tracker(ctx.identity).meterValues16(payload as M16.MeterValuesRequest & { transactionId: number });
    const a = transactionAnswer(core, tracked, station);
    return a instanceof Promise ? a.then((x: TransactionAnswer) => writeTransactionMeterValuesResponse(x, conversion)) : writeTransactionMeterValuesResponse(a, conversion);
  };
  table['StartTransaction'] = async (payload: M16.StartTransactionRequest, ctx: StationContext) => {
    const { station, conversion } = known(ctx);
    const started = await core.tracker(ctx.identity).startTransaction16(payload);
    return writeStartTransactionResponse(await transactionAnswer(core, started, station), started.transactionId, conversion);
  };
  table['StopTransaction'] = (payload: M16.StopTransactionRequest, ctx: StationContext) => {
    const { station, conversion } = known(ctx);
    const tracked = core.tracker(ctx.identity).stopTransaction16(payload);
    return then(transactionAnswer(core, tracked, station), (a) => writeStopTransactionResponse(a, conversion));
  };
  return table;
}

/** The version handlers of the facade for one version, by action. */
export function versionHandlers(core: FacadeCore, version: OcppVersion): Record<string, RawHandler> {
  return version === '1.6' ? handlers16(core) : handlers2x(core, version);
}

/** The actions of a version the facade handles (the others stay with the version's own handlers). */
export function neutralActions(version: OcppVersion): string[] {
  return Object.keys(versionHandlers(NO_CORE, version));
}

const NO_CORE: FacadeCore = {
  handler: () => undefined,
  tracker: () => {
    throw new Error('no tracker');
  },
  conversion: () => ({}),
  tracked: () => undefined,
};
