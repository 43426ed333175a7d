/**
 * Where the frames and events of a running command go: frames counted and
 * checked with the strict validator (the demo's "errors: none" is this
 * count) and, with --log, written as JSON lines; frames and events printed
 * for a person, or with --json written as one JSON object a line (see
 * events.ts and docs/cli.md).
 */
import type { Io } from '../io.js';
import { allVersions, type AnyVersion } from '../lib.js';
import { FrameChecker, formatIssue, type CheckIssue } from './check.js';
import { CallTracker } from './correlate.js';
import { describeCliEvent, type CliEvent, type FrameEvent, type MessageTypeName } from './events.js';
import { entryFor, type FrameDirection, type FrameLogEntry, type JsonlLog } from './jsonl.js';
import { FramePrinter } from './printer.js';
import { palette } from './style.js';

export interface SinkOptions {
  /** Print each frame (otherwise only counted and logged); with --json, write each as an event. */
  readonly print: boolean;
  /** The command's Io: where lines go, colours, --json and --full-frames. */
  readonly output?: Pick<Io, 'out' | 'err' | 'color' | 'events' | 'fullFrames'>;
  /** Colours, when no `output` says. Default false. */
  readonly color?: boolean;
  readonly log?: JsonlLog | undefined;
  /** Where lines for a person go, instead of `output.out` (a prompt, a timestamp prefix). */
  readonly out?: (line: string) => void;
  /** Print each invalid frame's problems when found. Default true. */
  readonly reportInvalid?: boolean;
  /** The version of frames whose `record` names no subprotocol (checked against it, named in the log). Default 2.0.1. */
  readonly version?: AnyVersion;
}

const MESSAGE_TYPES: { readonly [id: number]: MessageTypeName } = { 2: 'CALL', 3: 'CALLRESULT', 4: 'CALLERROR', 5: 'CALLRESULTERROR', 6: 'SEND' };

export class FrameSink {
  readonly checker: FrameChecker;
  private readonly printer: FramePrinter | undefined;
  private readonly out: (line: string) => void;
  private readonly err: (line: string) => void;
  private readonly events: ((event: object) => void) | undefined;
  private readonly color: boolean;
  /** Names the action of each answer in --json frame events. */
  private readonly tracker = new CallTracker(10_000);
  /** The version of each station whose subprotocol the command told (record's `protocol`). */
  private readonly versions = new Map<string, AnyVersion>();

  constructor(private readonly options: SinkOptions) {
    const output = options.output;
    this.out = options.out ?? output?.out ?? (() => undefined);
    this.err = output?.err ?? this.out;
    this.events = output?.events;
    this.color = output?.color ?? options.color ?? false;
    const fallback = options.version ?? allVersions.find((v) => v.version === '2.0.1')!;
    this.checker = new FrameChecker('strict', (station) => this.versions.get(station) ?? fallback);
    const payloadWidth = output?.fullFrames === true ? Infinity : 160;
    this.printer = options.print && this.events === undefined ? new FramePrinter(this.out, { color: this.color, payloadWidth }) : undefined;
  }

  get frames(): number {
    return this.checker.stats.frames;
  }

  /** Frames with at least one validation or framing error. */
  get invalid(): number {
    return this.checker.stats.invalidFrames;
  }

  get callErrors(): number {
    return this.checker.stats.callErrors;
  }

  /**
   * A frame crossed the wire. `protocol`, the connection's subprotocol
   * (ocpp1.6, ocpp2.0.1, ocpp2.1), picks the version it is checked in
   * (2.0.1 when not told).
   */
  record(direction: FrameDirection, station: string, text: string, protocol?: string): void {
    const version = protocol === undefined ? this.options.version : allVersions.find((v) => v.protocol === protocol);
    if (version !== undefined) this.versions.set(station, version);
    const entry: FrameLogEntry = { ...entryFor(direction, station, text), ...(version !== undefined && { protocol: version.protocol }) };
    this.options.log?.write(entry);
    const issues = this.checker.checkEntry(entry);
    if (this.events !== undefined) {
      const action = this.tracker.see(station, direction, entry.frame)?.action;
      if (this.options.print) this.emit(frameEvent(entry, issues, action));
      return;
    }
    this.printer?.print(entry);
    if (this.options.reportInvalid !== false) {
      const c = palette(this.color);
      for (const issue of issues) if (issue.severity === 'error') this.out(`${c.red}invalid frame:${c.reset} ${formatIssue(issue, { palette: c })}`);
    }
  }

  /**
   * Something happened: a line for a person (`text`, else the standard
   * wording of the event), or with --json the event. Handler errors go to
   * standard error.
   */
  event(event: CliEvent, text?: string): void {
    if (this.events !== undefined) {
      this.emit(event);
      return;
    }
    const line = text ?? describeCliEvent(event);
    if (event.type === 'handlerError') this.err(line);
    else this.out(line);
  }

  /** An event for the --json stream only (e.g. the ports a command listens on, which its text already tells people). */
  json(event: CliEvent): void {
    if (this.events !== undefined) this.emit(event);
  }

  private emit(event: CliEvent): void {
    // time, type and station first, whatever the event's own order.
    const { type, ...rest } = event;
    this.events!({ time: new Date().toISOString(), type, station: 'station' in event ? event.station : undefined, ...rest });
  }

}

/** The --json event of one frame; `action` is the CALL's for an answer, as matched by the tracker. */
export function frameEvent(entry: FrameLogEntry, issues: readonly CheckIssue[], action: string | undefined): FrameEvent {
  const frame = entry.frame;
  const typeId = Array.isArray(frame) ? frame[0] : undefined;
  const messageType = typeof typeId === 'number' ? (MESSAGE_TYPES[typeId] ?? null) : null;
  const isError = messageType === 'CALLERROR' || messageType === 'CALLRESULTERROR';
  const list = frame as unknown[];
  return {
    type: 'frame',
    station: entry.station,
    direction: entry.direction,
    ...(entry.protocol !== undefined && { protocol: entry.protocol }),
    messageType,
    messageId: messageType !== null && typeof list[1] === 'string' ? list[1] : null,
    action: action ?? null,
    verdict: issues.some((i) => i.severity === 'error') ? 'invalid' : 'valid',
    ...(issues.length > 0 && { issues }),
    ...(isError && typeof list[2] === 'string' && { errorCode: list[2] }),
    ...(isError && typeof list[3] === 'string' && { errorDescription: list[3] }),
    frame,
  };
}
