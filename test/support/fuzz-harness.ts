/**
 * Driving hostile frames into a CSMS or a station over a real WebSocket and
 * checking every reply: the in-process property test and `npm run fuzz`
 * (the commands as processes) share it.
 *
 * Each hostile frame is followed by a sentinel CALL the target answers at
 * once; what arrives before the sentinel's answer belongs to the hostile
 * frame (a CALLERROR for a broken frame is sent while it is read), and the
 * answer to a valid CALL is awaited by its id. Checked for every frame: at
 * most one reply, a well-formed CALLRESULT or CALLERROR with the expected id
 * and code, a CALLRESULT that is a valid response of its action, no
 * InternalError, no stack trace; and that the target closes the connection
 * exactly when it must (too big, invalid UTF-8).
 */
import WebSocket, { WebSocketServer } from 'ws';
import { decodeFrame, errorCodes, MAX_ERROR_DESCRIPTION, validate } from '../../src/index.js';
import { expectedFor, type Expected, type Hostile } from './hostile-frames.js';

export interface FuzzTally {
  frames: number;
  replies: number;
  closes: number;
  /** Resets the station answered Accepted and then rebooted for, closing the connection normally (B11, B12). */
  reboots: number;
  /** Replies that broke a rule, or frames whose reply never came: the first ones are kept in `problems`. */
  malformed: number;
  readonly problems: string[];
  readonly kinds: Map<string, number>;
}

export function newTally(): FuzzTally {
  return { frames: 0, replies: 0, closes: 0, reboots: 0, malformed: 0, problems: [], kinds: new Map() };
}

const wireCodes = new Set<string>(errorCodes);
const REPLY_TIMEOUT_MS = 15_000;

function problem(tally: FuzzTally, h: Hostile, text: string): void {
  tally.malformed++;
  if (tally.problems.length < 20) {
    const sent = typeof h.data === 'string' ? h.data.slice(0, 120) : `<${h.data.length} bytes>`;
    tally.problems.push(`${h.kind}: ${text} (sent ${sent})`);
  }
}

/** The rules every reply keeps; undefined when it keeps them. */
function replyProblem(text: string): string | undefined {
  const out = decodeFrame(text);
  if (!out.ok) return `reply is not a well-formed frame: ${text.slice(0, 200)}`;
  const f = out.frame;
  if (f[0] !== 3 && f[0] !== 4) return `reply of message type ${f[0]}`;
  if (f[0] === 4) {
    if (!wireCodes.has(f[2])) return `unknown error code ${f[2]}`;
    if (typeof f[3] !== 'string' || f[3].length > MAX_ERROR_DESCRIPTION) return 'bad error description';
    if (typeof f[4] !== 'object' || f[4] === null || Array.isArray(f[4])) return 'errorDetails is not an object';
    if (/\n\s+at /.test(text)) return 'stack trace on the wire';
    if (f[2] === 'InternalError') return `InternalError: ${f[3]}`;
  }
  return undefined;
}

function checkReplies(tally: FuzzTally, h: Hostile, expected: Expected, replies: readonly string[]): void {
  tally.replies += replies.length;
  for (const r of replies) {
    const p = replyProblem(r);
    if (p !== undefined) return problem(tally, h, p);
  }
  const frames = replies.map((r) => JSON.parse(r) as unknown[]);
  switch (expected.reply) {
    case 'none':
    case 'close':
      if (frames.length > 0) problem(tally, h, `answered though nothing may be: ${replies[0]!.slice(0, 200)}`);
      return;
    case 'error':
      if (frames.length !== 1 || frames[0]![0] !== 4 || frames[0]![1] !== expected.id || frames[0]![2] !== expected.code) {
        problem(tally, h, `expected CALLERROR ${expected.code} with id ${JSON.stringify(expected.id)}, got ${frames.length === 0 ? 'nothing' : replies.join(' | ').slice(0, 200)}`);
      }
      return;
    case 'answer': {
      const f = frames[0];
      if (frames.length !== 1 || f === undefined || f[1] !== expected.id) {
        problem(tally, h, `expected one answer with id ${JSON.stringify(expected.id)}, got ${frames.length === 0 ? 'nothing' : replies.join(' | ').slice(0, 200)}`);
        return;
      }
      if (f[0] === 3) {
        const v = validate(expected.action, 'response', f[2], { mode: 'strict' });
        if (v !== undefined && !v.ok) problem(tally, h, `invalid ${expected.action} response: ${JSON.stringify(v.errors[0])}`);
      }
    }
  }
}

/** A WebSocket carrying frames both ways, with its replies queued. */
class Wire {
  readonly inbox: string[] = [];
  closed: number | undefined = undefined;
  private wake: (() => void) | undefined;

  constructor(
    readonly ws: WebSocket,
    private readonly answerCall?: (frame: unknown[]) => unknown,
  ) {
    ws.on('message', (d, binary) => {
      const text = binary ? '' : String(d);
      const frame = safeParse(text);
      // The peer's own CALLs are answered here and never count as replies.
      if (Array.isArray(frame) && frame[0] === 2 && this.answerCall !== undefined) {
        ws.send(JSON.stringify([3, frame[1], this.answerCall(frame)]));
        return;
      }
      this.inbox.push(text);
      this.wake?.();
    });
    ws.once('close', (code) => {
      this.closed = code;
      this.wake?.();
    });
    ws.on('error', () => undefined);
  }

  /** Waits until `done()` or a close; false on timeout. */
  async until(done: () => boolean, ms = REPLY_TIMEOUT_MS): Promise<boolean> {
    const end = Date.now() + ms;
    while (!done() && this.closed === undefined) {
      const left = end - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
    return true;
  }

  send(h: Hostile): void {
    if (typeof h.data === 'string') this.ws.send(h.data);
    else this.ws.send(h.data, { binary: h.rawText !== true });
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function count(tally: FuzzTally, h: Hostile): void {
  tally.frames++;
  tally.kinds.set(h.kind, (tally.kinds.get(h.kind) ?? 0) + 1);
}

let sentinelSeq = 0;

/**
 * A station that accepted a Reset reboots once its answer is out and closes
 * its connection normally; an idle one does so before the sentinel is
 * answered. That close is what was asked for, not a broken rule.
 */
function rebooted(expected: Expected, wire: Wire, start: number): boolean {
  if (expected.reply !== 'answer' || expected.action !== 'Reset' || wire.closed !== 1000) return false;
  return wire.inbox.slice(start).some((text) => {
    const f = safeParse(text);
    return Array.isArray(f) && f[0] === 3 && f[1] === expected.id && (f[2] as { status?: unknown } | null)?.status === 'Accepted';
  });
}

/**
 * Sends one hostile frame and its sentinel on `wire`, checks what came back.
 * Returns false when the connection is gone (expected or not).
 */
async function exchange(tally: FuzzTally, wire: Wire, h: Hostile, sentinel: (id: string) => string): Promise<boolean> {
  count(tally, h);
  const expected = expectedFor(h);
  const start = wire.inbox.length;
  wire.send(h);
  if (expected.reply === 'close') {
    await wire.until(() => false);
    if (wire.closed !== expected.code) problem(tally, h, `expected a close with ${expected.code}, got ${wire.closed ?? 'none'}`);
    checkReplies(tally, h, expected, wire.inbox.slice(start));
    tally.closes++;
    return false;
  }
  const id = `sentinel-${sentinelSeq++}`;
  wire.ws.send(sentinel(id));
  const sentinelAt = (): number => wire.inbox.findIndex((t, i) => i >= start && t.includes(`"${id}"`));
  await wire.until(() => sentinelAt() !== -1);
  if (wire.closed !== undefined && rebooted(expected, wire, start)) {
    checkReplies(tally, h, expected, wire.inbox.slice(start));
    tally.reboots++;
    return false;
  }
  if (wire.closed !== undefined) {
    problem(tally, h, `the connection closed (${wire.closed})`);
    tally.closes++;
    return false;
  }
  const at = sentinelAt();
  if (at === -1) {
    problem(tally, h, 'no answer to the sentinel: the target is stuck');
    return true;
  }
  const replies = wire.inbox.slice(start, at);
  // A valid CALL's handler may answer after the sentinel (an asynchronous handler).
  if (expected.reply === 'answer' && !replies.some((r) => r.includes(JSON.stringify(expected.id)))) {
    const after = at + 1;
    await wire.until(() => wire.inbox.slice(after).some((r) => r.includes(JSON.stringify(expected.id))));
    replies.push(...wire.inbox.slice(after).filter((r) => safeParse(r) !== undefined && (safeParse(r) as unknown[])[1] === expected.id));
  }
  const sentinelReply = safeParse(wire.inbox[at]!) as unknown[];
  if (!Array.isArray(sentinelReply) || sentinelReply[0] !== 3) problem(tally, h, `the sentinel was refused: ${wire.inbox[at]}`);
  wire.inbox.length = 0;
  checkReplies(tally, h, expected, replies);
  return true;
}

const now = (): string => new Date().toISOString();

/** A station fuzzing a CSMS: boots once, then sends one hostile frame at a time, reconnecting after each close. */
export class CsmsFuzzer {
  private constructor(
    private wire: Wire,
    private readonly connect: () => Promise<Wire>,
  ) {}

  /** Connects to the CSMS endpoint `url` (the identity is appended) and boots. */
  static async start(url: string, identity: string): Promise<CsmsFuzzer> {
    const connect = async (): Promise<Wire> => {
      const ws = new WebSocket(`${url}/${identity}`, ['ocpp2.0.1'], { perMessageDeflate: false, maxPayload: 64 * 1024 * 1024 });
      await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
      return new Wire(ws, () => ({}));
    };
    const wire = await connect();
    wire.ws.send(JSON.stringify([2, 'boot', 'BootNotification', { reason: 'PowerUp', chargingStation: { model: 'Fuzz', vendorName: 'ocpp-model' } }]));
    await wire.until(() => wire.inbox.length > 0);
    wire.inbox.length = 0;
    return new CsmsFuzzer(wire, connect);
  }

  /** Sends one frame and checks what it brings. */
  async run(h: Hostile, tally: FuzzTally): Promise<void> {
    if (!(await exchange(tally, this.wire, h, (id) => JSON.stringify([2, id, 'Heartbeat', {}])))) {
      this.wire.ws.terminate();
      this.wire = await this.connect();
    }
  }

  close(): void {
    this.wire.ws.close();
  }
}

/** A hostile CSMS for stations: answers their calls, and fuzzes the first that connects. */
export class HostileCsms {
  private readonly wss: WebSocketServer;
  private wire: Wire | undefined;
  private waiters: (() => void)[] = [];
  booted = false;

  private constructor(wss: WebSocketServer) {
    this.wss = wss;
    wss.on('connection', (ws) => {
      this.wire = new Wire(ws, (frame) => this.answer(frame));
      for (const w of this.waiters.splice(0)) w();
    });
  }

  static async start(): Promise<HostileCsms> {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, handleProtocols: (p) => (p.has('ocpp2.0.1') ? 'ocpp2.0.1' : false), maxPayload: 64 * 1024 * 1024 });
    await new Promise((resolve) => wss.once('listening', resolve));
    return new HostileCsms(wss);
  }

  /** The endpoint URL for a station's --url. */
  get url(): string {
    return `ws://127.0.0.1:${(this.wss.address() as { port: number }).port}/ocpp`;
  }

  private answer(frame: unknown[]): unknown {
    switch (frame[2]) {
      case 'BootNotification':
        this.booted = true;
        return { status: 'Accepted', interval: 300, currentTime: now() };
      case 'Heartbeat':
        return { currentTime: now() };
      case 'Authorize':
        return { idTokenInfo: { status: 'Accepted' } };
      default:
        return {};
    }
  }

  /** Resolves once a station is connected (and has booted); false after `ms`. */
  async connected(ms = 30_000): Promise<boolean> {
    const end = Date.now() + ms;
    while (this.wire === undefined || this.wire.closed !== undefined || !this.booted) {
      if (Date.now() > end) return false;
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
    return true;
  }

  /** Sends one frame to the connected station (waiting for it to come back after a close) and checks what it brings. */
  async run(h: Hostile, tally: FuzzTally): Promise<void> {
    if (!(await this.connected())) throw new Error('the station did not come back');
    if (!(await exchange(tally, this.wire!, h, (id) => JSON.stringify([2, id, 'GetLocalListVersion', {}])))) this.wire?.ws.terminate();
  }

  close(): Promise<void> {
    for (const c of this.wss.clients) c.terminate();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }
}
