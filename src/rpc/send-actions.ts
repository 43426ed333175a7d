/**
 * Which actions of a version go as SEND (OCPP 2.1's NotifyPeriodicEventStream),
 * read once per version from its action table.
 */
import type { AnyVersion } from '../schema/version.js';

const checks = new WeakMap<object, (action: string) => boolean>();

/** A check, shared by every endpoint of the version: true for an action sent as SEND. */
export function sendActionCheck(version: AnyVersion): (action: string) => boolean {
  let check = checks.get(version.actionTable);
  if (check === undefined) {
    const table = version.actionTable;
    const sends = new Set(Object.keys(table).filter((a) => table[a]!.send === true));
    check = sends.size === 0 ? () => false : (action) => sends.has(action);
    checks.set(table, check);
  }
  return check;
}
