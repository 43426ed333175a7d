/**
 * An in-memory transport: two peers (endpoints or roles) joined as if by a
 * connection. Frames are delivered in order, each in its own microtask (or
 * macrotask), never re-entrantly, and dropped once the link is cut.
 */

export interface MemoryPeer {
  attach(send: (text: string) => void): void;
  detach(reason?: string): void;
  receive(text: string): void;
}

export interface MemoryLinkOptions {
  /** 'microtask' (default) or 'immediate' (setImmediate: lets timers run between frames). */
  readonly delivery?: 'microtask' | 'immediate';
  /** Sees every frame: 'a' when `a` sent it. */
  readonly tap?: (from: 'a' | 'b', text: string) => void;
}

export interface MemoryLink {
  /** Every frame sent, in order, with its sender. */
  readonly log: { readonly from: 'a' | 'b'; readonly text: string }[];
  readonly open: boolean;
  /** Cuts the link: both peers are detached, frames in transit are lost. */
  disconnect(reason?: string): void;
}

export function link(a: MemoryPeer, b: MemoryPeer, options: MemoryLinkOptions = {}): MemoryLink {
  const schedule = options.delivery === 'immediate' ? (fn: () => void) => void setImmediate(fn) : queueMicrotask;
  const log: { from: 'a' | 'b'; text: string }[] = [];
  let open = true;
  let connection = 0;
  const current = ++connection;
  const sender = (from: 'a' | 'b', to: MemoryPeer) => (text: string) => {
    if (!open) throw new Error('link is down');
    log.push({ from, text });
    options.tap?.(from, text);
    schedule(() => {
      if (open && current === connection) to.receive(text);
    });
  };
  a.attach(sender('a', b));
  b.attach(sender('b', a));
  return {
    log,
    get open() {
      return open;
    },
    disconnect(reason?: string) {
      if (!open) return;
      open = false;
      connection++;
      a.detach(reason);
      b.detach(reason);
    },
  };
}

/** A send function that records frames, for driving one endpoint by hand. */
export function recorder(): { readonly frames: string[]; readonly send: (text: string) => void; last(): unknown; clear(): void } {
  const frames: string[] = [];
  return {
    frames,
    send: (text: string) => void frames.push(text),
    last: () => (frames.length === 0 ? undefined : JSON.parse(frames[frames.length - 1]!)),
    clear: () => void frames.splice(0),
  };
}
