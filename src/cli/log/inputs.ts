/**
 * The values `ocpp validate` reads, one a line or one in all: each checked
 * as a frame or as a log entry, and each station's frames gathered for
 * version detection.
 */
import type { CheckIssue, FrameChecker } from './check.js';
import type { DetectionInput } from './detect.js';
import { entryFromValue, type FrameDirection } from './jsonl.js';

/** Checks one value: a frame (an array) or a log entry; anything else is unreadable. */
export function checkValue(checker: FrameChecker, value: unknown, line: number | undefined, direction: FrameDirection | undefined, action: string | undefined): CheckIssue[] {
  if (Array.isArray(value)) {
    return checker.checkFrame(value, { ...(direction !== undefined && { direction }), ...(line !== undefined && { line }), ...(action !== undefined && { action }) });
  }
  const parsed = entryFromValue(value);
  if (!parsed.ok) return checker.unreadable(`neither a frame nor a log entry: ${parsed.reason}`, line);
  return checker.checkEntry(parsed.entry, line);
}

/** What detection reads: each frame with its station (and the subprotocol its log entry names). */
export function detectionInputs(whole: unknown, lines: readonly string[]): DetectionInput[] {
  const values: unknown[] = whole !== undefined ? [whole] : [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    try {
      values.push(JSON.parse(line) as unknown);
    } catch {
      // Reported when the line is checked.
    }
  }
  return values.map((value) => {
    if (Array.isArray(value)) return { station: '', frame: value };
    const parsed = entryFromValue(value);
    return parsed.ok ? { station: parsed.entry.station, protocol: parsed.entry.protocol, frame: parsed.entry.frame } : { station: '', frame: undefined };
  });
}
