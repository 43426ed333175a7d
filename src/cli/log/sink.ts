/**
 * Where the frames of a running command go: counted, checked with the
 * strict validator (the demo's "errors: none" is this count), printed for a
 * person and, with --log, written as JSON lines.
 */
import type { AnyVersion } from '../lib.js';
import { FrameChecker, formatIssue } from './check.js';
import { entryFor, type FrameDirection, type JsonlLog } from './jsonl.js';
import { FramePrinter } from './printer.js';

export interface SinkOptions {
  /** Print each frame (otherwise only counted and logged). */
  readonly print: boolean;
  readonly color?: boolean;
  readonly log?: JsonlLog | undefined;
  readonly out: (line: string) => void;
  /** Print each invalid frame's problems when found. Default true. */
  readonly reportInvalid?: boolean;
  /** The version the frames are in (checked against it, named in the log). Default 2.0.1. */
  readonly version?: AnyVersion;
}

export class FrameSink {
  readonly checker: FrameChecker;
  private readonly printer: FramePrinter | undefined;

  constructor(private readonly options: SinkOptions) {
    this.checker = options.version !== undefined ? new FrameChecker('strict', options.version) : new FrameChecker('strict');
    this.printer = options.print ? new FramePrinter(options.out, { color: options.color ?? false }) : undefined;
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

  record(direction: FrameDirection, station: string, text: string): void {
    const version = this.options.version;
    const entry = version !== undefined ? { ...entryFor(direction, station, text), protocol: version.protocol } : entryFor(direction, station, text);
    this.options.log?.write(entry);
    const issues = this.checker.checkEntry(entry);
    this.printer?.print(entry);
    if (this.options.reportInvalid !== false) {
      for (const issue of issues) if (issue.severity === 'error') this.options.out(`invalid frame: ${formatIssue(issue)}`);
    }
  }
}
