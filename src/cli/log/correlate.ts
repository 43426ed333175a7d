/**
 * A CALLRESULT or CALLERROR names no action: it answers the CALL with the
 * same message id that went the other way on the same connection. This
 * remembers the CALLs seen so the printer and the log checker can name the
 * action of each answer.
 */
import type { FrameDirection } from './jsonl.js';

/** CALL, CALLRESULT, CALLERROR, and OCPP 2.1's SEND and CALLRESULTERROR. */
export type FrameKind = 'call' | 'result' | 'error' | 'send' | 'resultError';

export interface Correlated {
  readonly kind: FrameKind;
  readonly messageId: string;
  /** The CALL's action; undefined for an answer whose CALL was not seen. */
  readonly action: string | undefined;
  /** For answers: the CALL's payload, when it was seen. */
  readonly request?: unknown;
}

export function opposite(direction: FrameDirection): FrameDirection {
  return direction === 'StationToCsms' ? 'CsmsToStation' : 'StationToCsms';
}

/** Unanswered calls kept at most; the oldest are forgotten first. */
const DEFAULT_LIMIT = 50_000;

export class CallTracker {
  private readonly pending = new Map<string, { action: string; request: unknown; line: number | undefined }>();

  constructor(private readonly limit = DEFAULT_LIMIT) {}

  /**
   * Looks at one well-formed frame (message type 2 to 6 with a string id);
   * anything else answers undefined. `line` is where the frame was read,
   * for the report of calls never answered.
   */
  see(station: string, direction: FrameDirection, frame: unknown, line?: number): Correlated | undefined {
    if (!Array.isArray(frame) || typeof frame[1] !== 'string') return undefined;
    const id = frame[1];
    switch (frame[0]) {
      case 2: {
        const action = typeof frame[2] === 'string' ? frame[2] : undefined;
        if (action === undefined) return undefined;
        const key = keyOf(station, direction, id);
        this.pending.delete(key);
        this.pending.set(key, { action, request: frame[3], line });
        if (this.pending.size > this.limit) {
          const oldest = this.pending.keys().next();
          if (oldest.done !== true) this.pending.delete(oldest.value);
        }
        return { kind: 'call', messageId: id, action };
      }
      case 3:
      case 4: {
        const key = keyOf(station, opposite(direction), id);
        const call = this.pending.get(key);
        if (call !== undefined) this.pending.delete(key);
        return {
          kind: frame[0] === 3 ? 'result' : 'error',
          messageId: id,
          action: call?.action,
          ...(call !== undefined && { request: call.request }),
        };
      }
      case 5:
        // A CALLRESULTERROR answers a CALLRESULT; the CALL before it is answered already.
        return { kind: 'resultError', messageId: id, action: undefined };
      case 6:
        // A SEND is never answered: nothing to remember.
        return { kind: 'send', messageId: id, action: typeof frame[2] === 'string' ? frame[2] : undefined };
      default:
        return undefined;
    }
  }

  /** Calls seen and not answered (yet). */
  get unanswered(): number {
    return this.pending.size;
  }

  /** Forgets every unanswered call (once reported). */
  forgetUnanswered(): void {
    this.pending.clear();
  }

  /** The unanswered calls, oldest first, as station, direction, id, action and the line they were read from. */
  *unansweredCalls(): Generator<{ station: string; direction: FrameDirection; messageId: string; action: string; line: number | undefined }> {
    for (const [key, value] of this.pending) {
      const [station, direction, messageId] = key.split('\u0000') as [string, FrameDirection, string];
      yield { station, direction, messageId, action: value.action, line: value.line };
    }
  }
}

function keyOf(station: string, direction: FrameDirection, id: string): string {
  return `${station}\u0000${direction}\u0000${id}`;
}
