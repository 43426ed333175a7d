/** A value now, or a promise of it: what a store backed by memory or by a database answers. */
export type Awaitable<T> = T | Promise<T>;
