/**
 * Checking messages, frames and frame logs with the validators of their
 * OCPP version: each problem comes back with the OCPP error code a peer
 * would answer (canonical spelling) and a JSON pointer into the payload.
 * `ocpp validate` prints these; the test suite runs them over the logs the
 * other commands write.
 */
import {
  actionsSentBy,
  checkFrame,
  DEFAULT_MAX_DEPTH,
  depthWithin,
  frameRules,
  MAX_ERROR_DESCRIPTION,
  v201,
  type AnyVersion,
  type MessageKind,
  type ValidationMode,
} from '../lib.js';
import type { ModelDescription } from '../../v201/model.js';
import { CallTracker } from './correlate.js';
import { compact } from './printer.js';
import { palette, type Palette } from './style.js';
import { explain } from './explain.js';
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
  /** The offending value, when there is one at the pointer (a missing property has none). */
  readonly value?: unknown;
  /** What was allowed there: an enumeration's values, the properties an object knows, a version's error codes. */
  readonly allowed?: readonly string[];
  /** The field's numeric limits, e.g. { maxLength: 20 } (from the version's model, when the checker has it). */
  readonly limits?: { readonly [constraint: string]: number };
}

export interface CheckStats {
  frames: number;
  calls: number;
  results: number;
  callErrors: number;
  /** Frames with at least one error. */
  invalidFrames: number;
  errors: number;
  /** Warnings, calls never answered included. */
  warnings: number;
  /** CALLs no CALLRESULT or CALLERROR answered (counted by `unanswered()`). */
  unanswered: number;
  stations: Set<string>;
}

export interface FrameContext {
  readonly direction?: FrameDirection;
  readonly station?: string;
  readonly line?: number;
  /** The action of an answer whose CALL is not in the input. */
  readonly action?: string;
}

/**
 * Checks one payload on its own, against `version` (default 2.0.1). Each
 * finding carries the value at its pointer and, given the version's model,
 * the allowed values and limits there.
 */
export function checkMessage(action: string, kind: MessageKind, payload: unknown, mode: ValidationMode = 'strict', version: AnyVersion = v201, model?: ModelDescription): CheckIssue[] {
  const result = version.validate(action, kind, payload, { mode });
  if (result === undefined) {
    return [{ severity: 'error', code: 'NotImplemented', pointer: '', reason: `unknown action ${JSON.stringify(action)}`, kind, action }];
  }
  const issues: CheckIssue[] = [];
  // The bound every endpoint of the library applies where payloads enter (checkFrame does it for frames).
  if (!depthWithin(payload, DEFAULT_MAX_DEPTH)) {
    issues.push({ severity: 'error', code: 'FormatViolation', pointer: '', reason: `the payload nests arrays and objects deeper than ${DEFAULT_MAX_DEPTH} levels`, kind, action });
  }
  if (!result.ok) for (const e of result.errors) issues.push({ severity: 'error', ...e, kind, action, ...explain(model, action, kind, payload, e.pointer) });
  for (const w of result.warnings) issues.push({ severity: 'warning', ...w, kind, action, ...explain(model, action, kind, payload, w.pointer) });
  return issues;
}

/** Who sends which actions, and which codes go on the wire, in a version (worked out once per version). */
interface VersionFacts {
  readonly sentBy: { readonly [S in 'Station' | 'Csms']: ReadonlySet<string> };
  readonly codes: ReadonlySet<string>;
}

const factsCache = new WeakMap<AnyVersion, VersionFacts>();

function factsOf(version: AnyVersion): VersionFacts {
  let facts = factsCache.get(version);
  if (facts === undefined) {
    facts = {
      sentBy: { Station: new Set(actionsSentBy(version, 'ChargingStation')), Csms: new Set(actionsSentBy(version, 'Csms')) },
      codes: new Set(Object.values(version.errorCodeSpelling)),
    };
    factsCache.set(version, facts);
  }
  return facts;
}

/**
 * Checks frames (and log entries) in order, matching answers with their
 * CALLs, each against the version its station speaks: one version for all
 * (default 2.0.1), or a function of the station identity (see detect.ts).
 */
export class FrameChecker {
  readonly stats: CheckStats = { frames: 0, calls: 0, results: 0, callErrors: 0, invalidFrames: 0, errors: 0, warnings: 0, unanswered: 0, stations: new Set() };
  private readonly tracker = new CallTracker();
  private readonly versionOf: (station: string) => AnyVersion;

  /**
   * `models` gives a version's model (its `/model` entry), when loaded: the
   * findings then name the allowed values and limits (explain.ts).
   */
  constructor(
    private readonly mode: ValidationMode = 'strict',
    version: AnyVersion | ((station: string) => AnyVersion) = v201,
    private readonly models: (version: AnyVersion) => ModelDescription | undefined = () => undefined,
  ) {
    this.versionOf = typeof version === 'function' ? version : () => version;
  }

  /**
   * The CALLs of the input that nothing answered, as warnings (code
   * "Unanswered"), oldest first; each is reported once. Call it when the
   * input is done.
   */
  unanswered(): CheckIssue[] {
    const issues: CheckIssue[] = [];
    for (const c of this.tracker.unansweredCalls()) {
      issues.push({
        severity: 'warning',
        code: 'Unanswered',
        pointer: '',
        reason: "no CALLRESULT or CALLERROR answers it",
        kind: 'request',
        action: c.action,
        ...(c.station !== '' && { station: c.station }),
        messageId: c.messageId,
        ...(c.line !== undefined && { line: c.line }),
      });
    }
    this.tracker.forgetUnanswered();
    this.stats.unanswered += issues.length;
    return this.count(issues);
  }

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
    const version = this.versionOf(station);
    const checked = checkFrame(frame, frameRules(version));
    if (!Array.isArray(checked)) {
      return this.count([{ severity: 'error', code: checked.code, pointer: '', reason: checked.reason, kind: 'frame', ...where }]);
    }
    // Bare frames carry no direction: match answers to CALLs by id alone.
    const direction = context.direction ?? (checked[0] === 2 ? 'StationToCsms' : 'CsmsToStation');
    const seen = this.tracker.see(station, direction, checked, context.line);
    const messageId = checked[1];
    const base = { ...where, messageId };
    switch (checked[0]) {
      case 2:
      case 6: {
        this.stats.calls++;
        const action = checked[2];
        if (!version.isActionName(action)) {
          return this.count([{ severity: 'error', code: 'NotImplemented', pointer: '', reason: `unknown action ${JSON.stringify(action)}`, kind: 'request', action, ...base }]);
        }
        const issues: CheckIssue[] = [];
        const asSend = checked[0] === 6;
        if ((version.actionTable[action]!.send === true) !== asSend) {
          const reason = asSend ? `${action} is not sent as SEND` : `${action} is sent as SEND, not as a CALL`;
          issues.push({ severity: 'error', code: 'NotSupported', pointer: '', reason, kind: 'request', action, ...base });
        }
        if (context.direction !== undefined && !factsOf(version).sentBy[context.direction === 'StationToCsms' ? 'Station' : 'Csms'].has(action)) {
          const sender = context.direction === 'StationToCsms' ? 'a station' : 'a CSMS';
          issues.push({ severity: 'error', code: 'NotSupported', pointer: '', reason: `${action} is not sent by ${sender}`, kind: 'request', action, ...base });
        }
        for (const i of checkMessage(action, 'request', checked[3], this.mode, version, this.models(version))) issues.push({ ...i, ...base });
        return this.count(issues);
      }
      case 3: {
        this.stats.results++;
        const action = seen?.action ?? context.action;
        if (action === undefined) {
          return this.count([{ severity: 'warning', code: 'Unmatched', pointer: '', reason: 'answers no CALL in the input; payload not checked', kind: 'response', ...base }]);
        }
        return this.count(checkMessage(action, 'response', checked[2], this.mode, version, this.models(version)).map((i) => ({ ...i, ...base })));
      }
      default: {
        // A CALLERROR, or a CALLRESULTERROR (2.1), which answers a CALLRESULT: no CALL of its own to match.
        this.stats.callErrors++;
        const isError = checked[0] === 4;
        const action = isError ? (seen?.action ?? context.action) : undefined;
        const on = { kind: 'frame' as const, ...(action !== undefined && { action }), ...base };
        const issues: CheckIssue[] = [];
        if (!factsOf(version).codes.has(checked[2])) {
          const allowed = [...factsOf(version).codes];
          issues.push({ severity: 'error', code: 'PropertyConstraintViolation', pointer: '/2', reason: `${JSON.stringify(checked[2])} is not an OCPP ${version.version} error code`, ...on, value: checked[2], allowed });
        }
        if (typeof checked[3] !== 'string') {
          issues.push({ severity: 'error', code: 'TypeConstraintViolation', pointer: '/3', reason: 'the error description must be a string', ...on });
        } else if (checked[3].length > MAX_ERROR_DESCRIPTION) {
          issues.push({ severity: 'error', code: 'PropertyConstraintViolation', pointer: '/3', reason: `the error description is longer than ${MAX_ERROR_DESCRIPTION} characters`, ...on, value: checked[3], limits: { maxLength: MAX_ERROR_DESCRIPTION } });
        }
        if ((checked as unknown[]).length === 4) {
          const name = isError ? 'a CALLERROR' : 'a CALLRESULTERROR';
          issues.push({ severity: this.mode === 'strict' ? 'error' : 'warning', code: 'RpcFrameworkError', pointer: '/4', reason: `${name} has 5 elements; errorDetails is missing`, ...on });
        } else if (typeof checked[4] !== 'object' || checked[4] === null || Array.isArray(checked[4])) {
          issues.push({ severity: 'error', code: 'TypeConstraintViolation', pointer: '/4', reason: 'errorDetails must be a JSON object', ...on });
        }
        if (isError && action === undefined) {
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

/** How formatIssue words a finding. */
export interface IssueStyle {
  /** ANSI colours (see style.ts). */
  readonly palette?: Palette;
  /** Characters of the offending value shown at most. Default 80. */
  readonly valueWidth?: number;
}

/** One line for a person: where, what, code, pointer, why; then the value found and what was allowed. */
export function formatIssue(issue: CheckIssue, style: IssueStyle = {}): string {
  const c = style.palette ?? palette(false);
  const parts: string[] = [];
  if (issue.line !== undefined) parts.push(`line ${issue.line}:`);
  if (issue.station !== undefined && issue.station !== '') parts.push(issue.station);
  if (issue.action !== undefined) parts.push(issue.kind === 'frame' ? `${issue.action} CALLERROR` : `${issue.action} ${issue.kind}`);
  else if (issue.kind === 'frame') parts.push('frame');
  if (issue.code === 'Unanswered' && issue.messageId !== undefined) parts.push(`CALL ${JSON.stringify(issue.messageId)}`);
  const pointer = issue.kind === 'frame' ? (issue.pointer === '' ? '(frame)' : `(frame)${issue.pointer}`) : issue.pointer === '' ? '(payload)' : issue.pointer;
  const tag = issue.severity === 'warning' ? `${c.yellow}warning${c.reset} ` : '';
  const code = issue.severity === 'error' ? `${c.red}${issue.code}${c.reset}` : issue.code;
  const where = issue.code === 'Unanswered' ? '' : ` at ${pointer}`;
  return `${parts.join(' ')}  ${tag}${code}${where}: ${issue.reason}${detail(issue, style.valueWidth ?? 80, c)}`;
}

/** "; got VALUE (N characters); allowed: A, B" for the findings that have them. */
function detail(issue: CheckIssue, width: number, c: Palette): string {
  let text = '';
  if ('value' in issue && issue.value !== undefined && issue.pointer !== '') {
    const v = issue.value;
    const shown = typeof v === 'string' ? cut(JSON.stringify(v), width) : compact(v, width);
    const size = typeof v === 'string' && (issue.limits?.['maxLength'] !== undefined || issue.limits?.['minLength'] !== undefined) ? ` (${[...v].length} characters)` : Array.isArray(v) ? ` (${v.length} item${v.length === 1 ? '' : 's'})` : '';
    text += `; got ${c.bold}${shown}${c.reset}${size}`;
  }
  if (issue.allowed !== undefined && issue.allowed.length > 0) {
    const what = issue.code === 'FormatViolation' && /unknown property/.test(issue.reason) ? 'known properties' : 'allowed';
    text += `; ${what}: ${issue.allowed.join(', ')}`;
  }
  return text;
}

function cut(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 2))}…${text.endsWith('"') ? '"' : ''}`;
}

/** The closing line: counts and the verdict. */
export function formatSummary(stats: CheckStats, c: Palette = palette(false)): string {
  const s = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const what = `${s(stats.frames, 'frame')}${stats.stations.size > 0 ? ` from ${s(stats.stations.size, 'station')}` : ''}`;
  const detail = `${s(stats.calls, 'call')}, ${s(stats.results, 'result')}, ${stats.callErrors} CALLERROR${stats.callErrors === 1 ? '' : 's'}`;
  const unanswered = stats.unanswered > 0 ? ` (${stats.unanswered} ${stats.unanswered === 1 ? 'call' : 'calls'} never answered)` : '';
  const warnings = stats.warnings > 0 ? `, ${c.yellow}${s(stats.warnings, 'warning')}${c.reset}${unanswered}` : '';
  if (stats.errors === 0) return `${what} (${detail}): ${c.green}all valid${c.reset}${warnings}`;
  return `${what} (${detail}): ${c.red}${stats.invalidFrames} invalid, ${s(stats.errors, 'error')}${c.reset}${warnings}`;
}
