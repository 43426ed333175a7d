/**
 * Reconnect back-off of Part 4, 5.3, driven by the OCPPCommCtrlr variables
 * of Part 4, 8.1-8.3. The first attempt after a loss waits
 * RetryBackOffWaitMinimum plus a random part of at most
 * RetryBackOffRandomRange; every failed attempt doubles the fixed part, at
 * most RetryBackOffRepeatTimes times, and each attempt draws a new random
 * part. After that the last back-off time is kept.
 */

/** The reconnect back-off: OCPPCommCtrlr's RetryBackOff variables, in ms. */
export interface BackOffOptions {
  /** RetryBackOffWaitMinimum, in ms. Default 5000. */
  readonly waitMinimumMs?: number;
  /** RetryBackOffRandomRange, in ms: the maximum random part. Default 10000. */
  readonly randomRangeMs?: number;
  /** RetryBackOffRepeatTimes: how many times the wait doubles. Default 3. */
  readonly repeatTimes?: number;
}

/**
 * The spec gives no defaults for these variables. Ours reconnect within
 * 5-15 s after a loss and settle at 40-50 s, which spreads a fleet's
 * reconnects after a CSMS restart without leaving stations offline long.
 */
export const defaultBackOff: Required<BackOffOptions> = {
  waitMinimumMs: 5000,
  randomRangeMs: 10_000,
  repeatTimes: 3,
};

function checked(options: BackOffOptions | undefined): Required<BackOffOptions> {
  const o = { ...defaultBackOff, ...options };
  for (const [name, value] of Object.entries(o)) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`back-off ${name} must be a number >= 0`);
  }
  if (!Number.isInteger(o.repeatTimes)) throw new RangeError('back-off repeatTimes must be an integer');
  return o;
}

/**
 * Milliseconds to wait before reconnection attempt `attempt` (0 = the first
 * attempt after the loss). `random` returns a number in [0, 1).
 */
export function backOffDelayMs(
  attempt: number,
  options?: BackOffOptions,
  random: () => number = Math.random,
): number {
  const o = checked(options);
  const doublings = Math.min(Math.max(0, Math.floor(attempt)), o.repeatTimes);
  const fixed = o.waitMinimumMs * 2 ** doublings;
  return Math.round(fixed + random() * o.randomRangeMs);
}

/** Counts attempts and hands out the next delay; `reset()` after a success. */
export class BackOff {
  private attempt = 0;
  private readonly options: Required<BackOffOptions>;

  constructor(
    options?: BackOffOptions,
    private readonly random: () => number = Math.random,
  ) {
    this.options = checked(options);
  }

  /** Attempts made since the last reset. */
  get attempts(): number {
    return this.attempt;
  }

  /** The delay before the next attempt, in ms; counts the attempt. */
  next(): number {
    return backOffDelayMs(this.attempt++, this.options, this.random);
  }

  /** A connection succeeded: the next loss starts from the minimum wait again. */
  reset(): void {
    this.attempt = 0;
  }
}
