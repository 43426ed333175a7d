/**
 * What the parts of an endpoint share: the line to the other side (the
 * transport's send function, a generation that changes with every attach
 * and detach, the frame observer) and the reporting of events to listeners
 * and to a reporter object.
 */
import type { EventEmitter } from 'node:events';
import type { EndpointEvents, EndpointReporter, FrameObserver, SendFunction } from './endpoint-options.js';

/** The transport as the endpoint's parts see it. */
export class Line {
  /** The attached transport's send function; undefined while detached. */
  send: SendFunction | undefined = undefined;
  /** Bumped by every attach and detach: work begun for an older connection is dropped. */
  generation = 0;
  /** Sees every frame in and out. */
  observer: FrameObserver | undefined = undefined;

  /** Sends a frame now; false when detached or the transport refused it (it reports its own failures). */
  transmit(text: string): boolean {
    const send = this.send;
    if (send === undefined) return false;
    try {
      send(text);
    } catch {
      return false;
    }
    if (this.observer !== undefined) this.tell('out', text);
    return true;
  }

  /** Tells the observer; an observer that throws is ignored (a monitor must not break the line it watches). */
  tell(way: 'in' | 'out', text: string): void {
    try {
      this.observer!(way, text);
    } catch {
      // ignored, as said
    }
  }
}

/** Reports an endpoint's events to its reporter and its listeners; neither may break the session by throwing. */
export class Reports {
  constructor(
    private readonly emitter: EventEmitter<EndpointEvents>,
    private readonly reporter: EndpointReporter | undefined,
  ) {}

  report<K extends keyof EndpointEvents>(event: K, ...args: EndpointEvents[K]): void {
    const report = this.reporter?.[event] as ((...a: EndpointEvents[K]) => void) | undefined;
    if (report !== undefined) {
      try {
        report.apply(this.reporter, args);
      } catch {
        // A throwing reporter must not break the session.
      }
    }
    if (this.emitter.listenerCount(event) === 0) return;
    try {
      // The typed emitter's overloads do not narrow over a generic key.
      (this.emitter.emit as (event: K, ...args: EndpointEvents[K]) => boolean).call(this.emitter, event, ...args);
    } catch {
      // A throwing listener must not break the session.
    }
  }
}
