/**
 * The periodic event streams of 2.1 stations (2.1 Part 2, N10): a station
 * opens a stream for a monitored variable (OpenPeriodicEventStream), sends
 * its values with SEND frames (NotifyPeriodicEventStream, never answered)
 * and closes it. The test CSMS accepts every stream and keeps, per station,
 * each stream's parameters, how many values came and the latest ones, which
 * `GET /stations/{id}` shows.
 */
import type { CsmsHandlers } from '../lib.js';
import type { V21 } from '../../v21/index.js';
import type { StationIdentityContext } from './state.js';

/** One open stream of a station, as the operator API shows it. */
export interface StreamRecord {
  readonly id: number;
  readonly variableMonitoringId: number;
  /** Seconds between the station's messages, and values a message, as it opened the stream. */
  readonly interval: number | undefined;
  readonly values: number | undefined;
  /** NotifyPeriodicEventStream messages and the values they carried. */
  messages: number;
  received: number;
  /** The last message's values, their times resolved against its basetime. */
  latest: { readonly time: string; readonly value: string }[];
  openedAt: string;
  closedAt?: string;
}

type StreamHandlers = Required<Pick<CsmsHandlers<V21, StationIdentityContext>, 'OpenPeriodicEventStream' | 'ClosePeriodicEventStream' | 'NotifyPeriodicEventStream'>>;

/** Values of the latest message kept per stream. */
const LATEST = 20;

export class PeriodicStreams {
  private readonly byStation = new Map<string, Map<number, StreamRecord>>();

  /** The streams a station opened (closed ones too, until it opens one with the same id). */
  of(identity: string): StreamRecord[] {
    return [...(this.byStation.get(identity)?.values() ?? [])];
  }

  handlers(): StreamHandlers {
    return {
      OpenPeriodicEventStream: (request, ctx) => {
        const data = request.constantStreamData;
        const streams = this.streamsOf(ctx.identity);
        streams.set(data.id, {
          id: data.id,
          variableMonitoringId: data.variableMonitoringId,
          interval: data.params.interval,
          values: data.params.values,
          messages: 0,
          received: 0,
          latest: [],
          openedAt: new Date().toISOString(),
        });
        return { status: 'Accepted' };
      },
      ClosePeriodicEventStream: (request, ctx) => {
        const stream = this.byStation.get(ctx.identity)?.get(request.id);
        if (stream !== undefined) stream.closedAt = new Date().toISOString();
        return {};
      },
      NotifyPeriodicEventStream: (request, ctx) => {
        // A stream the CSMS never saw opened (a restart) is kept from its first values on.
        const streams = this.streamsOf(ctx.identity);
        let stream = streams.get(request.id);
        if (stream === undefined) {
          stream = { id: request.id, variableMonitoringId: -1, interval: undefined, values: undefined, messages: 0, received: 0, latest: [], openedAt: new Date().toISOString() };
          streams.set(request.id, stream);
        }
        stream.messages++;
        stream.received += request.data.length;
        const base = Date.parse(request.basetime);
        stream.latest = request.data.slice(-LATEST).map((d) => ({ time: new Date(base + d.t * 1000).toISOString(), value: d.v }));
      },
    };
  }

  private streamsOf(identity: string): Map<number, StreamRecord> {
    let streams = this.byStation.get(identity);
    if (streams === undefined) {
      streams = new Map();
      this.byStation.set(identity, streams);
    }
    return streams;
  }
}
