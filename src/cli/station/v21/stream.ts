/**
 * The 2.1 simulator's periodic event stream (2.1 block N, periodic event
 * streams; Part 4, 4.2.4 SEND): once the CSMS has accepted the station, it
 * opens one stream (OpenPeriodicEventStream, a CALL) for the power drawn at
 * EVSE 1 (the EVSE's Power variable), and while the CSMS accepted it, sends
 * its values every `interval` seconds in a NotifyPeriodicEventStream SEND,
 * never answered: `values` readings spread over the interval, each `t`
 * seconds after `basetime`. GetPeriodicEventStream lists it,
 * AdjustPeriodicEventStream changes its interval and values.
 */
import type { ChargingStationHandlers } from '../../lib.js';
import type { ConstantStreamDataType, StreamDataElementType, V21 } from '../../../v21/index.js';
import type { EmitEvent } from '../events.js';
import { messageOf } from '../events.js';
import type { Timers } from '../timers.js';

/** What the stream needs of the station. */
export interface StreamParts {
  /** The 2.1 behaviour now (replaced when the connection is rebuilt). */
  role(): {
    call(action: 'OpenPeriodicEventStream', payload: { constantStreamData: ConstantStreamDataType }): Promise<{ status: string }>;
    send(action: 'NotifyPeriodicEventStream', payload: { id: number; pending: number; basetime: string; data: StreamDataElementType[] }): string;
  };
  readonly timers: Timers;
  readonly emit: EmitEvent;
  /** Online, accepted and not stopped. */
  live(): boolean;
  /** The power drawn at EVSE 1 now, W. */
  powerW(): number;
}

type Handlers = Required<Pick<ChargingStationHandlers<V21>, 'GetPeriodicEventStream' | 'AdjustPeriodicEventStream'>>;

/** The stream's id, and the id of the variable monitor it stands for. */
export const STREAM_ID = 1;

export class PeriodicStreams {
  private interval: number;
  private values: number;
  private open = false;
  private basetime = 0;
  private data: StreamDataElementType[] = [];

  constructor(
    private readonly p: StreamParts,
    /** Seconds between two NotifyPeriodicEventStream. */
    intervalS: number,
    /** Readings in each. */
    values = 1,
  ) {
    this.interval = intervalS;
    this.values = Math.max(1, values);
  }

  private get constant(): ConstantStreamDataType {
    return { id: STREAM_ID, variableMonitoringId: STREAM_ID, params: { interval: this.interval, values: this.values } };
  }

  /** The station was accepted: opens the stream (again, after a reboot). */
  async start(): Promise<void> {
    this.stop();
    if (this.interval <= 0) return;
    try {
      const response = await this.p.role().call('OpenPeriodicEventStream', { constantStreamData: this.constant });
      this.open = response.status === 'Accepted';
    } catch (err) {
      this.p.emit({ type: 'error', message: `OpenPeriodicEventStream: ${messageOf(err)}` });
      return;
    }
    if (this.open) this.arm();
  }

  /** The station went down: the stream ends with it. */
  stop(): void {
    this.open = false;
    this.data = [];
    this.p.timers.clear('stream');
  }

  handlers(): Handlers {
    return {
      GetPeriodicEventStream: () => (this.open ? { constantStreamData: [this.constant] } : {}),
      AdjustPeriodicEventStream: (request) => {
        if (!this.open || request.id !== STREAM_ID) return { status: 'Rejected', statusInfo: { reasonCode: 'UnknownId', additionalInfo: `no open stream ${request.id}` } };
        if (request.params.interval !== undefined) this.interval = request.params.interval;
        if (request.params.values !== undefined) this.values = Math.max(1, request.params.values);
        this.data = [];
        this.arm();
        return { status: 'Accepted' };
      },
    };
  }

  /** A reading every interval / values seconds; the SEND once `values` readings are in. */
  private arm(): void {
    this.p.timers.clear('stream');
    if (!this.open || this.interval <= 0) return;
    const everyMs = (this.interval * 1000) / this.values;
    this.basetime = Date.now();
    this.p.timers.every('stream', everyMs, () => this.read());
  }

  private read(): void {
    const now = Date.now();
    if (this.data.length === 0) this.basetime = now;
    this.data.push({ t: Math.round((now - this.basetime) / 100) / 10, v: String(this.p.powerW()) });
    if (this.data.length < this.values) return;
    const data = this.data;
    this.data = [];
    if (!this.p.live()) return;
    try {
      this.p.role().send('NotifyPeriodicEventStream', { id: STREAM_ID, pending: 0, basetime: new Date(this.basetime).toISOString(), data });
    } catch (err) {
      this.p.emit({ type: 'error', message: `NotifyPeriodicEventStream: ${messageOf(err)}` });
    }
  }
}
