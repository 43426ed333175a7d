/** One line for a handler that failed (the peer got InternalError), with the validator's pointers. */
import type { HandlerErrorEvent } from './lib.js';

export function describeHandlerError(event: HandlerErrorEvent): string {
  const issues = event.issues ?? [];
  if (issues.length > 0) {
    const list = issues.map((i) => `${i.code} at ${i.pointer === '' ? '(payload)' : i.pointer}: ${i.reason}`).join('; ');
    return `${event.action} handler answered invalidly (InternalError sent): ${list}`;
  }
  const error = event.error;
  return `${event.action} handler failed (InternalError sent): ${error instanceof Error ? error.message : String(error)}`;
}
