/** Meter readings as OCPP 1.6 MeterValue: the value a string, the unit beside it (1.6 7.43, 7.45). */
import type { Measurand, ReadingContext, SampledValue, StopTransactionSampledValue } from '../../../v16/index.js';
import type { Meter } from '../meter.js';

/** A reading that is both a MeterValue (MeterValues.req) and a StopTransactionMeterValue (transactionData): its units are in both lists. */
export interface Reading16 {
  readonly timestamp: string;
  readonly sampledValue: (SampledValue & StopTransactionSampledValue)[];
}

/** One reading of the measurands a key names (those the meter cannot give are left out; none left: the energy register). */
export function sample16(meter: Meter, measurands: readonly string[], context: ReadingContext, now = Date.now()): Reading16 {
  const values: (SampledValue & StopTransactionSampledValue)[] = [];
  for (const m of measurands) {
    const r = meter.reading(m, now);
    if (r !== undefined) values.push({ value: String(r.value), context, measurand: r.measurand as Measurand, location: r.location, unit: r.unit });
  }
  if (values.length === 0) {
    const r = meter.reading('Energy.Active.Import.Register', now)!;
    values.push({ value: String(r.value), context, measurand: 'Energy.Active.Import.Register', location: r.location, unit: r.unit });
  }
  return { timestamp: new Date(now).toISOString(), sampledValue: values };
}
