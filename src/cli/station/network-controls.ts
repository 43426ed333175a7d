/**
 * The network controls, the same in every version: the connection drops and
 * stays down (disconnect), or comes back (reconnect), each refused with 409
 * where it makes no sense now.
 */
import { ControlError, type ActionResult } from '../control/types.js';
import type { Network } from './controls.js';

/** The station's connection, or 409 when it has none to act on. */
export function networkOf(network: Network | undefined): Network {
  if (network === undefined) throw new ControlError(409, 'this station has no network connection to act on');
  return network;
}

export async function disconnect(network: Network | undefined): Promise<ActionResult> {
  const n = networkOf(network);
  if (n.state === 'dropped') throw new ControlError(409, 'the connection is already dropped');
  await n.drop();
  return { done: 'connection dropped; it stays down until reconnect', connection: n.state };
}

export async function reconnect(network: Network | undefined): Promise<ActionResult> {
  const n = networkOf(network);
  if (n.state !== 'dropped') throw new ControlError(409, `the connection was not dropped (it is ${n.state})`);
  await n.restore();
  return { done: 'reconnecting', connection: n.state };
}
