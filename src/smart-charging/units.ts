/**
 * Amperes and watts. A limit in A is per phase; a limit in W is the total
 * over the phases in use. For AC, 1.6 7.12 and 2.0.1 K01.FR.50 give the
 * conversion: current per phase = power / (line voltage * number of
 * phases), with the area's nominal line voltage and, where a period names
 * no numberPhases, 3 phases (1.6 7.12, K01.FR.49).
 */
import type { ChargingRateUnit } from './types.js';

/** Phases assumed where a schedule period names none (1.6 7.12, 2.0.1 K01.FR.49). */
export const DEFAULT_NUMBER_PHASES = 3;

/** A limit in A per phase, from a limit in `unit` on `phases` phases at `voltage`. */
export function toAmpsPerPhase(limit: number, unit: ChargingRateUnit, phases: number, voltage: number): number {
  return unit === 'A' ? limit : limit / (voltage * phases);
}

/** A current per phase in `unit`: itself in A, the total power over `phases` phases in W. */
export function fromAmpsPerPhase(amps: number, unit: ChargingRateUnit, phases: number, voltage: number): number {
  return unit === 'A' ? amps : amps * voltage * phases;
}

/**
 * A limit as the wire carries it: rounded down to one decimal, the
 * precision 1.6 allows (multipleOf 0.1), so rounding never raises a limit.
 * The small allowance keeps 16 (from 3680 W at 230 V) from becoming 15.9.
 */
export function roundLimit(value: number): number {
  return Math.floor(value * 10 + 1e-6) / 10;
}
