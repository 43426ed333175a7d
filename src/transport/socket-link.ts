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
 *   application speaking, not a broken peer. The owner reports each
 *   behaviour 'badMessage' event with `badMessage()`.
 * - Keep-alive: `tick()` pings, and terminates a peer that has shown no
 *   sign of life (no pong, no message) since the previous tick.
 * - Fairness: a link handles at most MESSAGES_PER_TURN messages in one turn
 *   of the event loop; the rest of what one read brought waits in a small
 *   backlog (reading paused) and is handled in the next turns, after every
 *   other connection had its go.
 * - Unread answers: after PROBE_AFTER_FRAMES frames written since the peer
 *   last proved it reads, a ping with a token goes out; no matching pong
 *   within `unreadTimeoutMs` and the peer, which pipelines calls and never
 *   reads the answers, is terminated.
 *
 * A server holds thousands of these: the socket listeners are functions
 * shared by every link (the link hangs off its socket), and state flags
 * share one number.
 */
import type { RawData, WebSocket } from 'ws';
import type { BadMessageEvent, SendFunction } from '../rpc/endpoint-options.js';
import { CloseCode, DEFAULT_UNREAD_TIMEOUT_MS, MESSAGES_PER_TURN, PROBE_AFTER_FRAMES } from './limits.js';
import { OPEN } from './ws-module.js';

export interface LinkLimits {
  readonly maxBuffered: number;
  readonly maxHandling: number;
  readonly maxBadMessages: number;
  /** See DEFAULT_UNREAD_TIMEOUT_MS; 0 sends no probes. */
  readonly unreadTimeoutMs?: number;
}

/** What a link needs of the behaviour on either side (a Csms or ChargingStation of any version). */
export interface LinkedRole {
  attach(send: SendFunction): void;
  detach(reason?: string): void;
  receive(text: string): void;
  readonly endpoint: { readonly handlingCount: number };
}

/** Who owns a link: told when its socket closes, and may see each incoming text first. */
export interface LinkOwner {
  linkClosed(link: SocketLink, code: number, reason: string): void;
  inspect?(link: SocketLink, text: string): void;
}

/** Frame-level defects: the peer is not speaking OCPP-J. */
export function isFramingDefect(event: BadMessageEvent): boolean {
  return event.code === 'RpcFrameworkError' || event.code === 'MessageTypeNotSupported';
}

const ALIVE = 1;
const WRITE_BLOCKED = 2;
const HANDLING_BLOCKED = 4;
const SAW_BAD = 8;
const DONE = 16;
const TURN_BLOCKED = 32;

/**
 * The turn of the event loop, counted by one setImmediate shared by every
 * link, scheduled only in turns where some link handled a message.
 */
let turn = 0;
let turnScheduled = false;
function nextTurn(): void {
  turnScheduled = false;
  turn++;
}
function currentTurn(): number {
  if (!turnScheduled) {
    turnScheduled = true;
    setImmediate(nextTurn);
  }
  return turn;
}

function drainLater(link: SocketLink): void {
  link.drainBacklog();
}

function unreadTimedOut(link: SocketLink): void {
  link.cutUnread();
}

const kLink = Symbol('ocpp.link');
type LinkedSocket = WebSocket & { [kLink]?: SocketLink };

function onMessage(this: LinkedSocket, data: RawData, isBinary: boolean): void {
  this[kLink]?.message(data, isBinary);
}
function onPong(this: LinkedSocket, data: Buffer): void {
  const link = this[kLink];
  if (link !== undefined) {
    link.flags |= ALIVE;
    link.pong(data);
  }
}
function onClose(this: LinkedSocket, code: number, reason: Buffer): void {
  const link = this[kLink];
  if (link !== undefined) link.owner.linkClosed(link, code, reason.length === 0 ? link.cutReason : reason.toString('utf8'));
}
function ignore(): void {}

export class SocketLink {
  /** Bit set of ALIVE, WRITE_BLOCKED, HANDLING_BLOCKED, SAW_BAD, DONE, TURN_BLOCKED. */
  flags = ALIVE;
  private badInRow = 0;
  /** Messages handled in turn `turnSeen`. */
  private handled = 0;
  private turnSeen = -1;
  /** Messages waiting for a later turn (reading is paused meanwhile). */
  private backlog: (RawData | boolean)[] | undefined = undefined;
  private backlogHead = 0;
  /** Frames written since the peer last answered a probe. */
  private unread = 0;
  private probeToken: Buffer | undefined = undefined;
  private probeTimer: ReturnType<typeof setTimeout> | undefined = undefined;
  /** Why this side terminated the connection, when it did (a terminated socket carries no reason). */
  cutReason = '';
  /** The send function given to the behaviour. */
  readonly send: (text: string) => void;
  private onDrained: (() => void) | undefined = undefined;

  constructor(
    readonly ws: WebSocket,
    readonly role: LinkedRole,
    private readonly limits: LinkLimits,
    readonly owner: LinkOwner,
  ) {
    this.send = (text) => this.write(text);
    (ws as LinkedSocket)[kLink] = this;
    ws.on('message', onMessage);
    ws.on('pong', onPong);
    ws.on('error', ignore);
    ws.once('close', onClose);
  }

  /** Attaches the behaviour: queued calls start flowing. */
  attach(): void {
    this.role.attach(this.send);
  }

  /** Unhooks from the behaviour (the socket is closed or replaced). Idempotent. */
  dispose(reason: string): void {
    if ((this.flags & DONE) !== 0) return;
    this.flags |= DONE;
    if (this.probeTimer !== undefined) clearTimeout(this.probeTimer);
    this.probeTimer = undefined;
    this.backlog = undefined;
    this.role.detach(reason);
  }

  get disposed(): boolean {
    return (this.flags & DONE) !== 0;
  }

  /** The behaviour reported a bad message while this link was feeding it. */
  badMessage(event: BadMessageEvent): void {
    if (isFramingDefect(event)) this.flags |= SAW_BAD;
  }

  /**
   * One keep-alive step: false when the peer has been silent since the last
   * step (it is terminated); otherwise a ping goes out.
   */
  tick(): boolean {
    if (this.ws.readyState !== OPEN) return true;
    if ((this.flags & ALIVE) === 0) {
      this.ws.terminate();
      return false;
    }
    this.flags &= ~ALIVE;
    // While reading is paused a pong cannot be read: a peer that does not
    // drain what we sent for a whole interval is dropped at the next step.
    this.ws.ping();
    return true;
  }

  /** Called by the shared socket listener. */
  message(data: RawData, isBinary: boolean): void {
    this.flags |= ALIVE;
    if ((this.flags & DONE) !== 0) return;
    if (this.backlog !== undefined) {
      this.backlog.push(data, isBinary);
      return;
    }
    const now = currentTurn();
    if (this.turnSeen !== now) {
      this.turnSeen = now;
      this.handled = 0;
    }
    if (this.handled >= MESSAGES_PER_TURN) {
      // Enough for this turn: the rest of this read waits, and so does the socket.
      this.backlog = [data, isBinary];
      this.backlogHead = 0;
      this.flags |= TURN_BLOCKED;
      this.updateFlow();
      setImmediate(drainLater, this);
      return;
    }
    this.handled++;
    this.handle(data, isBinary);
  }

  /** Handles up to a turn's worth of the backlog; reading resumes once it is empty. */
  drainBacklog(): void {
    const backlog = this.backlog;
    if (backlog === undefined) return;
    const now = currentTurn();
    if (this.turnSeen !== now) {
      this.turnSeen = now;
      this.handled = 0;
    }
    while (this.backlogHead < backlog.length && this.handled < MESSAGES_PER_TURN && (this.flags & DONE) === 0) {
      const data = backlog[this.backlogHead] as RawData;
      const isBinary = backlog[this.backlogHead + 1] as boolean;
      backlog[this.backlogHead] = backlog[this.backlogHead + 1] = false;
      this.backlogHead += 2;
      this.handled++;
      this.handle(data, isBinary);
    }
    if ((this.flags & DONE) !== 0) {
      this.backlog = undefined;
      return;
    }
    if (this.backlogHead < backlog.length) {
      setImmediate(drainLater, this);
      return;
    }
    this.backlog = undefined;
    this.flags &= ~TURN_BLOCKED;
    this.updateFlow();
  }

  private handle(data: RawData, isBinary: boolean): void {
    if (isBinary) {
      // OCPP-J is text only (Part 4, 4.1.2).
      this.countBad(true);
      return;
    }
    const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : data.toString('utf8');
    this.flags &= ~SAW_BAD;
    this.owner.inspect?.(this, text);
    this.role.receive(text);
    this.countBad((this.flags & SAW_BAD) !== 0);
    if ((this.flags & HANDLING_BLOCKED) === 0 && this.role.endpoint.handlingCount >= this.limits.maxHandling) {
      this.flags |= HANDLING_BLOCKED;
      this.updateFlow();
    }
  }

  private countBad(bad: boolean): void {
    if (!bad) {
      this.badInRow = 0;
      return;
    }
    if (++this.badInRow >= this.limits.maxBadMessages && this.ws.readyState === OPEN) {
      this.ws.close(CloseCode.ProtocolError, 'too many bad messages');
    }
  }

  /** A pong came: the answer to the probe, when it carries its token. */
  pong(data: Buffer): void {
    const token = this.probeToken;
    if (token === undefined || !token.equals(data)) return;
    this.probeToken = undefined;
    if (this.probeTimer !== undefined) clearTimeout(this.probeTimer);
    this.probeTimer = undefined;
    this.unread = 0;
  }

  /** The probe went unanswered: the peer is not reading what it is sent. */
  cutUnread(): void {
    this.probeTimer = undefined;
    if (this.ws.readyState !== OPEN) return;
    this.cutReason = `the peer left ${this.unread} frames unread for ${this.limits.unreadTimeoutMs ?? DEFAULT_UNREAD_TIMEOUT_MS} ms`;
    // It does not read, so a close handshake could not finish either.
    this.ws.terminate();
  }

  private probe(): void {
    const token = Buffer.allocUnsafe(8);
    token.writeDoubleLE(Math.random());
    this.probeToken = token;
    this.ws.ping(token);
    this.probeTimer = setTimeout(unreadTimedOut, this.limits.unreadTimeoutMs ?? DEFAULT_UNREAD_TIMEOUT_MS, this);
    this.probeTimer.unref();
  }

  private write(text: string): void {
    const ws = this.ws;
    if ((this.flags & DONE) !== 0 || ws.readyState !== OPEN) throw new Error('the WebSocket is not open');
    if (++this.unread >= PROBE_AFTER_FRAMES && this.probeToken === undefined && this.limits.unreadTimeoutMs !== 0) this.probe();
    if (ws.bufferedAmount + text.length >= this.limits.maxBuffered) {
      this.onDrained ??= () => {
        if ((this.flags & WRITE_BLOCKED) !== 0 && this.ws.bufferedAmount < this.limits.maxBuffered / 2) {
          this.flags &= ~WRITE_BLOCKED;
          this.updateFlow();
        }
      };
      ws.send(text, this.onDrained);
      if ((this.flags & WRITE_BLOCKED) === 0) {
        this.flags |= WRITE_BLOCKED;
        this.updateFlow();
      }
    } else {
      ws.send(text);
    }
    // An answer has just gone out: a handler may have finished.
    if ((this.flags & HANDLING_BLOCKED) !== 0 && this.role.endpoint.handlingCount < this.limits.maxHandling) {
      this.flags &= ~HANDLING_BLOCKED;
      this.updateFlow();
    }
  }

  private updateFlow(): void {
    const pause = (this.flags & (WRITE_BLOCKED | HANDLING_BLOCKED | TURN_BLOCKED)) !== 0;
    if (pause === this.ws.isPaused) return;
    if (pause) this.ws.pause();
    else this.ws.resume();
  }
}
