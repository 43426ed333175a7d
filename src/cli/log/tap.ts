/**
 * Sees every frame a behaviour sends and receives. A Role exchanges text
 * frames through two public methods, `attach(send)` (its way out) and
 * `receive(text)` (its way in), and every transport goes through them; the
 * tap wraps both on the instance, so it works the same for the server's
 * per-station Csms and for a station client.
 */
import type { SendFunction } from '../lib.js';

export type FrameObserver = (way: 'in' | 'out', text: string) => void;

interface Tappable {
  attach(send: SendFunction): void;
  receive(text: string): void;
}

const tapped = new WeakSet<object>();

/** Wraps the role once; later calls for the same role do nothing. */
export function tapFrames(role: Tappable, observe: FrameObserver): void {
  if (tapped.has(role)) return;
  tapped.add(role);
  const attach = role.attach.bind(role);
  const receive = role.receive.bind(role);
  role.attach = (send: SendFunction): void => {
    attach((text: string) => {
      send(text);
      observe('out', text);
    });
  };
  role.receive = (text: string): void => {
    observe('in', text);
    receive(text);
  };
}
