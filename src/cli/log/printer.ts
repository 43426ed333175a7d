/**
 * The human-readable frame line: time, station, direction, action and a
 * compact payload, e.g.
 *
 *   12:00:01.234  CS001  →  BootNotification       {chargingStation: {model: Sim, vendorName: ocpp-model}, reason: PowerUp}
 *   12:00:01.240  CS001  ←  BootNotification ✓     {currentTime: 2025-…, interval: 10, status: Accepted}
 *
 * The arrow is the frame's way: → station to CSMS, ← CSMS to station.
 * Answers are marked ✓ (CALLRESULT) or ✗ (CALLERROR).
 */
import { CallTracker } from './correlate.js';
import type { FrameLogEntry } from './jsonl.js';
import { palette } from './style.js';

export interface PrinterOptions {
  /** ANSI colours. Default false. */
  readonly color?: boolean;
  /** Payload characters at most before it is cut with '…' (Infinity: never cut). Default 160. */
  readonly payloadWidth?: number;
  /** Station column width. Default 10. */
  readonly stationWidth?: number;
}

const PLAIN_STRING = /^[A-Za-z0-9_.:+\-@/]+$/;

/** JSON with unquoted keys and plain strings, cut to `max` characters. */
export function compact(value: unknown, max = 160): string {
  const text = render(value, 0);
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

function render(value: unknown, depth: number): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'string') return PLAIN_STRING.test(value) ? value : JSON.stringify(value);
  if (typeof value !== 'object') return String(value);
  if (depth > 8) return '…';
  if (Array.isArray(value)) return `[${value.map((v) => render(v, depth + 1)).join(', ')}]`;
  const parts = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${render(v, depth + 1)}`);
  return `{${parts.join(', ')}}`;
}

function clock(iso: string): string {
  // HH:MM:SS.mmm of an ISO time; anything else is shown as given.
  const m = /T(\d\d:\d\d:\d\d(?:\.\d{1,3})?)/.exec(iso);
  return m ? m[1]!.padEnd(12, '0') : iso;
}

export class FramePrinter {
  private readonly tracker = new CallTracker(10_000);
  private readonly color: boolean;
  private readonly payloadWidth: number;
  private readonly stationWidth: number;

  constructor(
    private readonly write: (line: string) => void,
    options: PrinterOptions = {},
  ) {
    this.color = options.color ?? false;
    this.payloadWidth = options.payloadWidth ?? 160;
    this.stationWidth = options.stationWidth ?? 10;
  }

  print(entry: FrameLogEntry): void {
    this.write(this.format(entry));
  }

  format(entry: FrameLogEntry): string {
    const c = palette(this.color);
    const arrow = entry.direction === 'StationToCsms' ? '→' : '←';
    const head = `${c.dim}${clock(entry.time)}${c.reset}  ${entry.station.padEnd(this.stationWidth)} ${arrow}  `;
    const frame = entry.frame;
    const seen = this.tracker.see(entry.station, entry.direction, frame);
    if (seen === undefined || !Array.isArray(frame)) {
      return `${head}${c.red}malformed frame${c.reset} ${compact(frame, this.payloadWidth)}`;
    }
    const action = seen.action ?? '?';
    // Calls and results line up: the action column is as wide as the longest action name with its mark.
    const width = 28;
    switch (seen.kind) {
      case 'call':
        return `${head}${c.cyan}${action}${c.reset}${' '.repeat(Math.max(1, width - action.length))}${compact(frame[3], this.payloadWidth)}`;
      case 'result':
        return `${head}${action} ${c.green}✓${c.reset}${' '.repeat(Math.max(1, width - action.length - 2))}${compact(frame[2], this.payloadWidth)}`;
      case 'send':
        return `${head}${c.cyan}${action}${c.reset} (SEND)${' '.repeat(Math.max(1, width - action.length - 7))}${compact(frame[3], this.payloadWidth)}`;
      case 'error':
      case 'resultError': {
        const description = typeof frame[3] === 'string' && frame[3] !== '' ? ` ${JSON.stringify(frame[3])}` : '';
        const details = typeof frame[4] === 'object' && frame[4] !== null && Object.keys(frame[4]).length > 0 ? ` ${compact(frame[4], this.payloadWidth)}` : '';
        const what = seen.kind === 'resultError' ? 'CALLRESULTERROR' : action;
        return `${head}${what} ${c.red}✗ ${String(frame[2])}${c.reset}${description}${details}`;
      }
    }
  }
}
