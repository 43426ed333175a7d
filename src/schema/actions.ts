/**
 * What every version's action table has in common: the direction of an
 * action's request, whether it goes as a SEND, and the helpers each
 * version's table is read with.
 */

/** Who may send an action's request. */
export type Direction = 'StationToCsms' | 'CsmsToStation' | 'Both';

/** The part of an action's entry every version has. */
export interface ActionEntry {
  readonly direction: Direction;
  /**
   * Sent as a SEND frame (OCPP 2.1, MessageTypeId 6): never answered, so it
   * has no response message.
   */
  readonly send?: true;
}

/** The actions of a table whose request goes in direction D. */
export type ActionsWhere<T extends Record<string, ActionEntry>, D extends Direction> = {
  [A in keyof T]: T[A]['direction'] extends D ? A : never;
}[keyof T];

/** The actions of a table sent as SEND. */
export type SendActionsOf<T extends Record<string, ActionEntry>> = {
  [A in keyof T]: T[A] extends { readonly send: true } ? A : never;
}[keyof T];

/**
 * A guard for the own keys of a table (never an Object.prototype name). A
 * Set answers faster than hasOwnProperty on the table, and the guard runs for
 * every incoming CALL.
 */
export function keyGuard<T extends object>(table: T): (name: unknown) => name is keyof T & string {
  const keys: ReadonlySet<unknown> = new Set(Object.keys(table));
  return (name): name is keyof T & string => keys.has(name);
}

/** True when a request in `direction` may be sent by `sender`. */
export function directionAllows(direction: Direction, sender: 'Station' | 'Csms'): boolean {
  return direction === 'Both' || direction === (sender === 'Station' ? 'StationToCsms' : 'CsmsToStation');
}

/** The SEND actions of a table. */
export function sendActionsOf<T extends Record<string, ActionEntry>>(table: T): ReadonlySet<SendActionsOf<T>> {
  return new Set(Object.keys(table).filter((a) => table[a]!.send === true) as SendActionsOf<T>[]);
}
