/**
 * The station's timers by name, so a reboot or a shutdown stops them all at
 * once and a part can re-arm its own without keeping handles.
 */
export class Timers {
  private readonly map = new Map<string, { readonly handle: ReturnType<typeof setTimeout>; readonly repeat: boolean }>();
  private disabled = false;

  /** Runs `fn` once after `ms`, replacing a timer of the same name. */
  once(name: string, ms: number, fn: () => void): void {
    this.clear(name);
    if (this.disabled) return;
    const handle = setTimeout(() => {
      this.map.delete(name);
      fn();
    }, ms);
    this.map.set(name, { handle, repeat: false });
  }

  /** Runs `fn` every `ms`, replacing a timer of the same name. */
  every(name: string, ms: number, fn: () => void): void {
    this.clear(name);
    if (this.disabled) return;
    this.map.set(name, { handle: setInterval(fn, ms), repeat: true });
  }

  has(name: string): boolean {
    return this.map.has(name);
  }

  clear(name: string): void {
    const t = this.map.get(name);
    if (t === undefined) return;
    if (t.repeat) clearInterval(t.handle);
    else clearTimeout(t.handle);
    this.map.delete(name);
  }

  /** Clears every timer whose name starts with `prefix`. */
  clearPrefix(prefix: string): void {
    for (const name of [...this.map.keys()]) if (name.startsWith(prefix)) this.clear(name);
  }

  clearAll(): void {
    for (const name of [...this.map.keys()]) this.clear(name);
  }

  /** Clears everything and refuses new timers (the station is shut down). */
  disable(): void {
    this.clearAll();
    this.disabled = true;
  }
}
