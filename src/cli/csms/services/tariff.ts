/**
 * What a charging session costs under a simple tariff (use cases I01-I03):
 * a fee per session, a price per kWh and a price per hour of the
 * transaction, rounded to the currency's minor unit. `RunningCost` decides
 * when a new running total is worth a CostUpdated (I02; TC_I_01_CSMS) and
 * gives the final total for the Ended TransactionEventResponse (I03;
 * TC_I_02_CSMS). OCPP 2.0.1 and 2.1 carry these (CostUpdated, totalCost);
 * 1.6 has no cost messages.
 */

/** A flat tariff. Prices are per unit, in `currency`, tax included. */
export interface Tariff {
  /** ISO 4217 code, e.g. EUR. */
  readonly currency: string;
  /** Price of one kWh. Default 0. */
  readonly pricePerKWh?: number;
  /** Price of one hour of the transaction. Default 0. */
  readonly pricePerHour?: number;
  /** Price of starting a session. Default 0. */
  readonly sessionFee?: number;
  /** Digits after the decimal point of the currency. Default 2. */
  readonly decimals?: number;
}

/** A bad tariff, refused when it is set. */
export class TariffError extends Error {
  override readonly name: string = 'TariffError';
}

/** Checks a tariff's fields; answers it when they are sound. */
export function checkTariff(t: Tariff): Tariff {
  if (typeof t.currency !== 'string' || !/^[A-Z]{3}$/.test(t.currency)) throw new TariffError('currency must be an ISO 4217 code such as EUR');
  for (const key of ['pricePerKWh', 'pricePerHour', 'sessionFee'] as const) {
    const v = t[key];
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v < 0)) throw new TariffError(`${key} must be a number of 0 or more`);
  }
  if (t.decimals !== undefined && (!Number.isInteger(t.decimals) || t.decimals < 0 || t.decimals > 4)) throw new TariffError('decimals must be 0 to 4');
  return t;
}

/** What a session has used so far. */
export interface Usage {
  /** Energy delivered, Wh. */
  readonly energyWh: number;
  /** Time since the transaction started, s. */
  readonly durationS: number;
}

/** The cost of a session's usage, rounded to the currency's minor unit. */
export function sessionCost(tariff: Tariff, usage: Usage): number {
  const raw =
    (tariff.sessionFee ?? 0) +
    (Math.max(0, usage.energyWh) / 1000) * (tariff.pricePerKWh ?? 0) +
    (Math.max(0, usage.durationS) / 3600) * (tariff.pricePerHour ?? 0);
  const scale = 10 ** (tariff.decimals ?? 2);
  return Math.round(raw * scale) / scale;
}

/** The tariff in words, for an idTokenInfo personalMessage (I01). */
export function tariffText(tariff: Tariff): string {
  const d = tariff.decimals ?? 2;
  const parts: string[] = [];
  if (tariff.pricePerKWh) parts.push(`${tariff.pricePerKWh.toFixed(d)} ${tariff.currency}/kWh`);
  if (tariff.pricePerHour) parts.push(`${tariff.pricePerHour.toFixed(d)} ${tariff.currency}/h`);
  if (tariff.sessionFee) parts.push(`${tariff.sessionFee.toFixed(d)} ${tariff.currency} per session`);
  return parts.length === 0 ? 'Free charging' : parts.join(' + ');
}

/** A transaction as the cost needs it (the CSMS's transaction record has these). */
export interface CostedTransaction {
  /** Its id. */
  readonly transactionId: string;
  /** Energy delivered so far, Wh. */
  readonly energyWh: number;
  /** RFC 3339 time it started. */
  readonly startedAt: string;
}

/** Options of a RunningCost. */
export interface RunningCostOptions {
  /** Seconds between two CostUpdated for one transaction at least. Default 60. */
  readonly minIntervalS?: number;
}

/** The CostUpdated payload (2.0.1 and 2.1 alike). */
export interface CostUpdate {
  /** The running total. */
  readonly totalCost: number;
  /** The transaction it is for. */
  readonly transactionId: string;
}

/** Running and final costs of transactions under one tariff (see the module comment). */
export class RunningCost {
  /** The tariff applied. */
  readonly tariff: Tariff;
  private readonly minIntervalMs: number;
  /** Per transaction: the total last sent and when. */
  private readonly sent = new Map<string, { totalCost: number; at: number }>();

  constructor(tariff: Tariff, options: RunningCostOptions = {}) {
    this.tariff = checkTariff(tariff);
    this.minIntervalMs = (options.minIntervalS ?? 60) * 1000;
  }

  /** The cost of a transaction as of `at` (an RFC 3339 time, e.g. the event's timestamp). */
  costAt(tx: CostedTransaction, at: string): number {
    return sessionCost(this.tariff, { energyWh: tx.energyWh, durationS: (Date.parse(at) - Date.parse(tx.startedAt)) / 1000 });
  }

  /**
   * The CostUpdated to send for a running transaction, or undefined when
   * the total has not changed or the last one went out less than
   * `minIntervalS` ago (the first always goes).
   */
  update(tx: CostedTransaction, at: string): CostUpdate | undefined {
    const totalCost = this.costAt(tx, at);
    const now = Date.parse(at);
    const last = this.sent.get(tx.transactionId);
    if (last !== undefined && (last.totalCost === totalCost || now - last.at < this.minIntervalMs)) return undefined;
    this.sent.set(tx.transactionId, { totalCost, at: now });
    return { totalCost, transactionId: tx.transactionId };
  }

  /** The final total for the Ended event's TransactionEventResponse; forgets the transaction. */
  final(tx: CostedTransaction, endedAt: string): number {
    this.sent.delete(tx.transactionId);
    return this.costAt(tx, endedAt);
  }
}
