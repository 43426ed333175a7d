/**
 * Reading the energy register out of meter values, the same way for every
 * version. A sampled value without a measurand is an
 * Energy.Active.Import.Register reading, without a unit it is in Wh, and
 * without a multiplier the power of ten is 0: the defaults of 1.6 (section
 * 4.7) and 2.x (SampledValueType, UnitOfMeasureType). Only totals count
 * (no phase), in Wh or kWh.
 */
import type { MeterValue, ReadingContext, SampledValue } from './types/common.js';

const REGISTER = 'Energy.Active.Import.Register';

/** A sampled value as Wh of the active import register, or undefined when it is not one. */
export function registerWh(v: SampledValue): number | undefined {
  if ((v.measurand ?? REGISTER) !== REGISTER || v.phase !== undefined || v.value === undefined) return undefined;
  const unit = v.unitOfMeasure?.unit ?? 'Wh';
  const scale = unit === 'Wh' ? 1 : unit === 'kWh' ? 1000 : undefined;
  if (scale === undefined) return undefined;
  const multiplier = v.unitOfMeasure?.multiplier ?? 0;
  if (scale === 1 && multiplier === 0) return v.value;
  const wh = v.value * scale * 10 ** multiplier;
  // Scaling decimals (0.1 kWh) must not leave binary noise (100.00000000000001 Wh).
  return Number.isFinite(wh) ? Number(wh.toPrecision(15)) : undefined;
}

/** Register readings (Wh) with their timestamps and contexts, in the order given. */
export function registerReadings(meterValues: readonly MeterValue[] | undefined): { wh: number; timestamp: string; context: ReadingContext }[] {
  const out: { wh: number; timestamp: string; context: ReadingContext }[] = [];
  for (const mv of meterValues ?? []) {
    for (const v of mv.sampledValue) {
      const wh = registerWh(v);
      if (wh !== undefined) out.push({ wh, timestamp: mv.timestamp, context: v.context ?? 'Sample.Periodic' });
    }
  }
  return out;
}

/** The last register reading (Wh) of the meter values, or undefined. Scans from the end. */
export function lastRegisterReading(meterValues: readonly MeterValue[] | undefined): number | undefined {
  if (meterValues === undefined) return undefined;
  for (let i = meterValues.length - 1; i >= 0; i--) {
    const values = meterValues[i]!.sampledValue;
    for (let j = values.length - 1; j >= 0; j--) {
      const wh = registerWh(values[j]!);
      if (wh !== undefined) return wh;
    }
  }
  return undefined;
}

/**
 * The register reading (Wh) with the given context: the first one for
 * Transaction.Begin, the last one otherwise. Undefined when there is none.
 */
export function registerReading(meterValues: readonly MeterValue[] | undefined, context: ReadingContext): number | undefined {
  const found = registerReadings(meterValues).filter((r) => r.context === context);
  const pick = context === 'Transaction.Begin' ? found[0] : found[found.length - 1];
  return pick?.wh;
}
