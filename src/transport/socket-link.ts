/**
 * Binds one open WebSocket to a behaviour (a Csms or ChargingStation role):
 * text frames in, text frames out, and the limits that keep a peer honest:
 *
 * - Flow: when more than `maxBuffered` bytes wait to be written (the peer
 *   is not reading), or more than `maxHandling` of its CALLs are being
 *   handled at once, reading pauses until that drains. What a peer can make
 *   this side hold is then bounded by one message (`maxPayload`) plus the
 *   socket buffers. A peer that stops reading for a whole ping interval
 *   cannot answer the ping and is closed by the keep-alive.
 * - Bad messages: frames that are not OCPP-J at all (not JSON, not a frame,
 *   unknown message type, binary). After `maxBadMessages` in a row the
 *   connection is closed with 1002. Payload defects and refused calls are
 *   answered with a CALLERROR and do not count: they are the peer's
 *   application speaking, not a broken peer.
 * - Keep-alive: `tick()` pings, and terminates a peer that has shown no
 *   sign of life (no pong, no message) since the previous tick.
 */
import WebSocket, { type RawData } from 'ws';
import type { BadMessageEvent } from '../rpc/endpoint.js';
import type { Role } from '../roles/role.js';
import type { ActionName } from '../v201/actions.js';
import { CloseCode } from './limits.js';

export interface LinkLimits {
  readonly maxBuffered: number;
  readonly maxHandling: number;
  readonly maxBadMessages: number;
}

/** The behaviour on either side: a Role of any direction and context. */
export type AnyRole = Role<ActionName, ActionName, object>;

/** Frame-level defects: the peer is not speaking OCPP-J. */
function isFramingDefect(event: BadMessageEvent): boolean {
  return event.code === 'RpcFrameworkError' || event.code === 'MessageTypeNotSupported';
}

export class SocketLink {
  private alive = true;
  private writeBlocked = false;
  private handlingBlocked = false;
  private badInRow = 0;
  private sawBad = false;
  private done = false;
  /** Incoming frames fed to the behaviour (for statistics and tests). */
  received = 0;

  /** The send function given to the behaviour. */
  readonly send: (text: string) => void;
  private readonly onDrained: () => void;
  private readonly onBad: (event: BadMessageEvent) => void;

  constructor(
    readonly ws: WebSocket,
    private readonly role: AnyRole,
    private readonly limits: LinkLimits,
    /** Sees each incoming text frame before the behaviour does. */
    private readonly inspect?: (text: string) => void,
  ) {
    this.send = (text) => this.write(text);
    this.onDrained = () => {
      if (this.writeBlocked && this.ws.bufferedAmount < this.limits.maxBuffered / 2) {
        this.writeBlocked = false;
        this.updateFlow();
      }
    };
    this.onBad = (event) => {
      if (isFramingDefect(event)) this.sawBad = true;
    };
    role.on('badMessage', this.onBad);
    ws.on('message', (data: RawData, isBinary: boolean) => this.message(data, isBinary));
    ws.on('pong', () => {
      this.alive = true;
    });
  }

  /** Attaches the behaviour: queued calls start flowing. */
  attach(): void {
    this.role.attach(this.send);
  }

  /** Unhooks from the behaviour (the socket is closed or replaced). Idempotent. */
  dispose(reason: string): void {
    if (this.done) return;
    this.done = true;
    this.role.off('badMessage', this.onBad);
    this.role.detach(reason);
  }

  get disposed(): boolean {
    return this.done;
  }

  /**
   * One keep-alive step: false when the peer has been silent since the last
   * step (it is terminated); otherwise a ping goes out.
   */
  tick(): boolean {
    if (this.ws.readyState !== WebSocket.OPEN) return true;
    if (!this.alive) {
      this.ws.terminate();
      return false;
    }
    this.alive = false;
    // While reading is paused a pong cannot be read: a peer that does not
    // drain what we sent for a whole interval is dropped at the next step.
    this.ws.ping();
    return true;
  }

  private message(data: RawData, isBinary: boolean): void {
    this.alive = true;
    if (this.done) return;
    if (isBinary) {
      // OCPP-J is text only (Part 4, 4.1.2).
      this.countBad(true);
      return;
    }
    const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : data.toString('utf8');
    this.received++;
    this.sawBad = false;
    if (this.inspect !== undefined) this.inspect(text);
    this.role.receive(text);
    this.countBad(this.sawBad);
    if (!this.handlingBlocked && this.role.endpoint.handlingCount >= this.limits.maxHandling) {
      this.handlingBlocked = true;
      this.updateFlow();
    }
  }

  private countBad(bad: boolean): void {
    if (!bad) {
      this.badInRow = 0;
      return;
    }
    if (++this.badInRow >= this.limits.maxBadMessages && this.ws.readyState === WebSocket.OPEN) {
      this.ws.close(CloseCode.ProtocolError, 'too many bad messages');
    }
  }

  private write(text: string): void {
    const ws = this.ws;
    if (this.done || ws.readyState !== WebSocket.OPEN) throw new Error('the WebSocket is not open');
    if (ws.bufferedAmount + text.length >= this.limits.maxBuffered) {
      ws.send(text, this.onDrained);
      if (!this.writeBlocked) {
        this.writeBlocked = true;
        this.updateFlow();
      }
    } else {
      ws.send(text);
    }
    // An answer has just gone out: a handler finished.
    if (this.handlingBlocked && this.role.endpoint.handlingCount < this.limits.maxHandling) {
      this.handlingBlocked = false;
      this.updateFlow();
    }
  }

  private updateFlow(): void {
    const pause = this.writeBlocked || this.handlingBlocked;
    if (pause === this.ws.isPaused) return;
    if (pause) this.ws.pause();
    else this.ws.resume();
  }
}
