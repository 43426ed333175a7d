/**
 * Promises waiting for a state (the connection open, the station
 * registered), settled together.
 */
import type { ConnectOptions } from './client-options.js';

/** One waiting promise. */
export interface Waiter<T> {
  readonly resolve: (value: T) => void;
  readonly reject: (err: unknown) => void;
  /** False: the first failure rejects. */
  readonly retry: boolean;
}

/** A promise added to `list`; an aborted signal takes it out and rejects it. */
export function wait<T>(list: Waiter<T>[], options: ConnectOptions | undefined): Promise<T> {
  const signal = options?.signal;
  if (signal?.aborted === true) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const waiter: Waiter<T> = { resolve, reject, retry: options?.retry !== false };
    list.push(waiter);
    signal?.addEventListener(
      'abort',
      () => {
        const at = list.indexOf(waiter);
        if (at !== -1) list.splice(at, 1);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/** Resolves every waiter of a list with `value`, or rejects them all when `err` is given. */
export function settle<T>(list: Waiter<T>[], value: T | undefined, err?: unknown): void {
  const waiters = list.splice(0);
  for (const w of waiters) {
    if (err !== undefined) w.reject(err);
    else w.resolve(value as T);
  }
}
