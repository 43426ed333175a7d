/**
 * Checking messages, frames and frame logs with the library's validators:
 * each problem comes back with the OCPP error code a peer would answer and a
 * JSON pointer into the payload. `ocpp validate` prints these; the test
 * suite runs them over the logs the other commands write.
 */
import { checkFrame, DEFAULT_MAX_DEPTH, depthWithin, isActionName, isErrorCode, maySend, MAX_ERROR_DESCRIPTION, validate, type MessageKind, type ValidationMode } from '../lib.js';
import { CallTracker } from './correlate.js';
import type { FrameDirection, FrameLogEntry } from './jsonl.js';

export interface CheckIssue {
  readonly severity: 'error' | 'warning';
  /** The OCPP error code the defect earns ("Unmatched" for an answer to no CALL seen). */
  readonly code: string;
  /** JSON pointer into the payload ('' = the payload), or into the frame when `kind` is 'frame'. */
  readonly pointer: string;
  readonly reason: string;
  /** 'frame' for problems with the frame itself. */
  readonly kind: MessageKind | 'frame';
  readonly action?: string;
  readonly station?: string;
  readonly messageId?: string;
  /** 1-based line of the input, when it came from a log or a file of frames. */
  readonly line?: number;
}

export interface CheckStats {
  frames: number;
  calls: number;
  results: number;
  callErrors: number;
  /** Frames with at least one error. */
  invalidFrames: number;
  errors: number;
  warnings: number;
  stations: Set<string>;
}

export interface FrameContext {
  readonly direction?: FrameDirection;
  readonly station?: string;
  readonly line?: number;
  /** The action of an answer whose CALL is not in the input. */
  readonly action?: string;
}

/** Checks one payload on its own. */
export function checkMessage(action: string, kind: MessageKind, payload: unknown, mode: ValidationMode = 'strict'): CheckIssue[] {
  const result = validate(action, kind, payload, { mode });
  if (result === undefined) {
    return [{ severity: 'error', code: 'NotImplemented', pointer: '', reason: `unknown action ${JSON.stringify(action)}`, kind, action }];
  }
  const issues: CheckIssue[] = [];
  // The bound every endpoint of the library applies where payloads enter (checkFrame does it for frames).
  if (!depthWithin(payload, DEFAULT_MAX_DEPTH)) {
    issues.push({ severity: 'error', code: 'FormatViolation', pointer: '', reason: `the payload nests arrays and objects deeper than ${DEFAULT_MAX_DEPTH} levels`, kind, action });
  }
  if (!result.ok) for (const e of result.errors) issues.push({ severity: 'error', ...e, kind, action });
  for (const w of result.warnings) issues.push({ severity: 'warning', ...w, kind, action });
  return issues;
}

/** Checks frames (and log entries) in order, matching answers with their CALLs. */
export class FrameChecker {
  readonly stats: CheckStats = { frames: 0, calls: 0, results: 0, callErrors: 0, invalidFrames: 0, errors: 0, warnings: 0, stations: new Set() };
  private readonly tracker = new CallTracker();

  constructor(private readonly mode: ValidationMode = 'strict') {}

  checkEntry(entry: FrameLogEntry, line?: number): CheckIssue[] {
    return this.checkFrame(entry.frame, { direction: entry.direction, station: entry.station, ...(line !== undefined && { line }) });
  }

  /** A line of input that is neither a frame nor a log entry. */
  unreadable(reason: string, line?: number): CheckIssue[] {
    this.stats.frames++;
    return this.count([{ severity: 'error', code: 'FormatViolation', pointer: '', reason, kind: 'frame', ...(line !== undefined && { line }) }]);
  }

  checkFrame(frame: unknown, context: FrameContext = {}): CheckIssue[] {
    this.stats.frames++;
    const station = context.station ?? '';
    if (context.station !== undefined) this.stats.stations.add(context.station);
    const where = { ...(context.station !== undefined && { station: context.station }), ...(context.line !== undefined && { line: context.line }) };
    const checked = checkFrame(frame);
    if (!Array.isArray(checked)) {
      return this.count([{ severity: 'error', code: checked.code, pointer: '', reason: checked.reason, kind: 'frame', ...where }]);
    }
    // Bare frames carry no direction: match answers to CALLs by id alone.
    const direction = context.direction ?? (checked[0] === 2 ? 'StationToCsms' : 'CsmsToStation');
    const seen = this.tracker.see(station, direction, checked);
    const messageId = checked[1];
    const base = { ...where, messageId };
    switch (checked[0]) {
      case 2: {
        this.stats.calls++;
        const action = checked[2];
        if (!isActionName(action)) {
          return this.count([{ severity: 'error', code: 'NotImplemented', pointer: '', reason: `unknown action ${JSON.stringify(action)}`, kind: 'request', action, ...base }]);
        }
        const issues: CheckIssue[] = [];
        if (context.direction !== undefined && !maySend(action, context.direction === 'StationToCsms' ? 'Station' : 'Csms')) {
          const sender = context.direction === 'StationToCsms' ? 'a station' : 'a CSMS';
          issues.push({ severity: 'error', code: 'NotSupported', pointer: '', reason: `${action} is not sent by ${sender}`, kind: 'request', action, ...base });
        }
        for (const i of checkMessage(action, 'request', checked[3], this.mode)) issues.push({ ...i, ...base });
        return this.count(issues);
      }
      case 3: {
        this.stats.results++;
        const action = seen?.action ?? context.action;
        if (action === undefined) {
          return this.count([{ severity: 'warning', code: 'Unmatched', pointer: '', reason: 'answers no CALL in the input; payload not checked', kind: 'response', ...base }]);
        }
        return this.count(checkMessage(action, 'response', checked[2], this.mode).map((i) => ({ ...i, ...base })));
      }
      default: {
        this.stats.callErrors++;
        const action = seen?.action ?? context.action;
        const on = { kind: 'frame' as const, ...(action !== undefined && { action }), ...base };
        const issues: CheckIssue[] = [];
        if (!isErrorCode(checked[2])) {
          issues.push({ severity: 'error', code: 'PropertyConstraintViolation', pointer: '/2', reason: `${JSON.stringify(checked[2])} is not an OCPP 2.0.1 error code`, ...on });
        }
        if (typeof checked[3] !== 'string') {
          issues.push({ severity: 'error', code: 'TypeConstraintViolation', pointer: '/3', reason: 'the error description must be a string', ...on });
        } else if (checked[3].length > MAX_ERROR_DESCRIPTION) {
          issues.push({ severity: 'error', code: 'PropertyConstraintViolation', pointer: '/3', reason: `the error description is longer than ${MAX_ERROR_DESCRIPTION} characters`, ...on });
        }
        if ((checked as unknown[]).length === 4) {
          issues.push({ severity: this.mode === 'strict' ? 'error' : 'warning', code: 'RpcFrameworkError', pointer: '/4', reason: 'a CALLERROR has 5 elements; errorDetails is missing', ...on });
        } else if (typeof checked[4] !== 'object' || checked[4] === null || Array.isArray(checked[4])) {
          issues.push({ severity: 'error', code: 'TypeConstraintViolation', pointer: '/4', reason: 'errorDetails must be a JSON object', ...on });
        }
        if (action === undefined) {
          issues.push({ severity: 'warning', code: 'Unmatched', pointer: '', reason: 'answers no CALL in the input', ...on });
        }
        return this.count(issues);
      }
    }
  }

  private count(issues: CheckIssue[]): CheckIssue[] {
    let errors = 0;
    for (const i of issues) {
      if (i.severity === 'error') errors++;
      else this.stats.warnings++;
    }
    this.stats.errors += errors;
    if (errors > 0) this.stats.invalidFrames++;
    return issues;
  }
}

/** One line for a person: where, what, code, pointer, why. */
export function formatIssue(issue: CheckIssue): string {
  const parts: string[] = [];
  if (issue.line !== undefined) parts.push(`line ${issue.line}:`);
  if (issue.station !== undefined && issue.station !== '') parts.push(issue.station);
  if (issue.action !== undefined) parts.push(issue.kind === 'frame' ? `${issue.action} CALLERROR` : `${issue.action} ${issue.kind}`);
  else if (issue.kind === 'frame') parts.push('frame');
  const pointer = issue.kind === 'frame' ? (issue.pointer === '' ? '(frame)' : `(frame)${issue.pointer}`) : issue.pointer === '' ? '(payload)' : issue.pointer;
  const tag = issue.severity === 'warning' ? 'warning ' : '';
  return `${parts.join(' ')}  ${tag}${issue.code} at ${pointer}: ${issue.reason}`;
}

/** The closing line: counts and the verdict. */
export function formatSummary(stats: CheckStats): string {
  const s = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const what = `${s(stats.frames, 'frame')}${stats.stations.size > 0 ? ` from ${s(stats.stations.size, 'station')}` : ''}`;
  const detail = `${s(stats.calls, 'call')}, ${s(stats.results, 'result')}, ${stats.callErrors} CALLERROR${stats.callErrors === 1 ? '' : 's'}`;
  const warnings = stats.warnings > 0 ? `, ${s(stats.warnings, 'warning')}` : '';
  if (stats.errors === 0) return `${what} (${detail}): all valid${warnings}`;
  return `${what} (${detail}): ${stats.invalidFrames} invalid, ${s(stats.errors, 'error')}${warnings}`;
}
