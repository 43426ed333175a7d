/**
 * One station as the server holds it: its `Csms` behaviour, in the version
 * of the connection that made it, and that connection while it lasts. The
 * behaviour outlives its connections (registration state and queued calls
 * survive a reconnect, Part 4, 5.3), but never a change of version: a
 * station that comes back speaking another version gets a new one.
 */
import type { AnyVersion } from '../schema/version.js';
import type { HandlerErrorEvent, HandlerTable } from '../rpc/dispatch.js';
import type { BadMessageEvent, CallResultErrorEvent } from '../rpc/endpoint-options.js';
import { Csms } from '../roles/csms.js';
import type { CsmsServerEvents, StationContext, StationCsmsOptions } from './server-options.js';
import type { LinkOwner, SocketLink } from './socket-link.js';

/** What a station's session needs of its server. */
export interface SessionHost {
  emit<K extends keyof CsmsServerEvents<AnyVersion>>(event: K, ...args: CsmsServerEvents<AnyVersion>[K]): boolean;
  listenerCount(event: keyof CsmsServerEvents<AnyVersion>): number;
  /** The session lost its connection: keep it for its return, for a while. */
  retain(session: StationSession): void;
  /** The CSMS answered the station's BootNotification (the registration to keep). */
  booted(session: StationSession, request: unknown, response: unknown): void;
}

/** One station: its behaviour, and its connection while it has one. */
export class StationSession implements LinkOwner {
  link: SocketLink | undefined = undefined;
  retention: ReturnType<typeof setTimeout> | undefined = undefined;
  readonly csms: Csms<AnyVersion, StationContext>;

  constructor(
    private readonly host: SessionHost,
    readonly identity: string,
    readonly version: AnyVersion,
    options: StationCsmsOptions | undefined,
    handlers: HandlerTable<StationContext>,
  ) {
    // The session itself hears its behaviour's reports: listeners on every
    // station's endpoint would cost more than the behaviour itself.
    const observer = options?.onExchange;
    this.csms = new Csms<AnyVersion, StationContext>(version, {
      ...options,
      context: { identity },
      sharedHandlers: handlers,
      reporter: this,
      onExchange: (direction, action, request, response) => {
        if (direction === 'received' && action === 'BootNotification') host.booted(this, request, response);
        observer?.(direction, action, request, response);
      },
    });
  }

  /** The behaviour's report: feeds the link's bad-message count and the server's event. */
  badMessage(event: BadMessageEvent): void {
    this.link?.badMessage(event);
    if (this.host.listenerCount('badMessage') > 0) this.host.emit('badMessage', this.identity, event);
  }

  /** The behaviour's report of a failed handler: the server's event. */
  handlerError(event: HandlerErrorEvent): void {
    if (this.host.listenerCount('handlerError') > 0) this.host.emit('handlerError', this.identity, event);
  }

  /** The station could not process one of our answers (2.1): the server's event. */
  callResultError(event: CallResultErrorEvent): void {
    if (this.host.listenerCount('callResultError') > 0) this.host.emit('callResultError', this.identity, event);
  }

  linkClosed(link: SocketLink, code: number, reason: string): void {
    if (this.link !== link) return; // replaced: already reported
    this.link = undefined;
    link.dispose(reason === '' ? `connection closed (${code})` : reason);
    this.host.emit('disconnect', this.identity, code, reason);
    this.host.retain(this);
  }
}
