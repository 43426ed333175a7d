/**
 * The frame log: one JSON object per line, one line per OCPP-J frame that
 * crossed the wire, in the order seen.
 *
 *   {"time":"2025-01-01T12:00:00.000Z","direction":"StationToCsms","station":"CS001","frame":[2,"a1","Heartbeat",{}]}
 *
 * `direction` names the sender the way the action table does, so a log
 * means the same whichever side wrote it; `ocpp validate` reads it back.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { CliError } from '../args.js';
import { DEFAULT_MAX_DEPTH, depthWithin } from '../lib.js';
import { stringifySafely } from '../safe-json.js';

export type FrameDirection = 'StationToCsms' | 'CsmsToStation';

export interface FrameLogEntry {
  /** ISO 8601, UTC, millisecond precision. */
  readonly time: string;
  readonly direction: FrameDirection;
  /** The station identity (the connection's, on either side). */
  readonly station: string;
  /** The frame as sent: parsed JSON when it was JSON, else the raw text. */
  readonly frame: unknown;
  /** The connection's subprotocol ('ocpp1.6', 'ocpp2.0.1', 'ocpp2.1'), when the writer knew it. */
  readonly protocol?: string;
}

/**
 * A log entry for a frame's text. Text that is not JSON, or nests deeper
 * than a peer accepts (the frame level plus DEFAULT_MAX_DEPTH), is kept as
 * a string: it is logged as it came and reported as malformed.
 */
export function entryFor(direction: FrameDirection, station: string, text: string, time = new Date()): FrameLogEntry {
  let frame: unknown;
  try {
    frame = JSON.parse(text);
  } catch {
    frame = text;
  }
  if (frame !== text && !depthWithin(frame, DEFAULT_MAX_DEPTH + 1)) frame = text;
  return { time: time.toISOString(), direction, station, frame };
}

export function formatEntry(entry: FrameLogEntry): string {
  return stringifySafely({
    time: entry.time,
    direction: entry.direction,
    station: entry.station,
    ...(entry.protocol !== undefined && { protocol: entry.protocol }),
    frame: entry.frame,
  });
}

export type ParsedLine =
  | { readonly ok: true; readonly entry: FrameLogEntry }
  | { readonly ok: false; readonly reason: string };

/** Reads one log line back; says what is wrong with a line that is not an entry. */
export function parseEntry(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  return entryFromValue(value);
}

/** A parsed log line as an entry, or what is wrong with it. */
export function entryFromValue(value: unknown): ParsedLine {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'not a JSON object' };
  const o = value as Record<string, unknown>;
  if (typeof o['time'] !== 'string') return { ok: false, reason: '"time" must be a string' };
  if (o['direction'] !== 'StationToCsms' && o['direction'] !== 'CsmsToStation') {
    return { ok: false, reason: '"direction" must be "StationToCsms" or "CsmsToStation"' };
  }
  if (typeof o['station'] !== 'string') return { ok: false, reason: '"station" must be a string' };
  if (!('frame' in o)) return { ok: false, reason: '"frame" is missing' };
  if (o['protocol'] !== undefined && typeof o['protocol'] !== 'string') return { ok: false, reason: '"protocol" must be a string' };
  const protocol = o['protocol'] as string | undefined;
  return { ok: true, entry: { time: o['time'], direction: o['direction'], station: o['station'], frame: o['frame'], ...(protocol !== undefined && { protocol }) } };
}

/** Appends entries to a file, buffered; `close()` flushes. */
export class JsonlLog {
  private failure: Error | undefined;

  private constructor(
    private readonly stream: WriteStream,
    readonly path: string,
  ) {
    stream.on('error', (err) => {
      this.failure = err;
    });
  }

  /** Opens (truncates) the file; a path that cannot be written is a CliError. */
  static open(path: string): Promise<JsonlLog> {
    return new Promise((resolve, reject) => {
      const stream = createWriteStream(path, { flags: 'w' });
      const onError = (err: NodeJS.ErrnoException): void => {
        reject(new CliError(`cannot write the log file ${path}: ${err.code ?? err.message}`));
      };
      stream.once('error', onError);
      stream.once('open', () => {
        stream.off('error', onError);
        resolve(new JsonlLog(stream, path));
      });
    });
  }

  write(entry: FrameLogEntry): void {
    if (this.failure !== undefined) return;
    this.stream.write(`${formatEntry(entry)}\n`);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.stream.closed) {
        resolve();
        return;
      }
      this.stream.end(() => resolve());
    });
  }
}
