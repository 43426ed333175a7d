/** Meter readings as OCPP 2.0.1 (and 2.1) MeterValueType: value a number, the unit in unitOfMeasure. */
import type { MeasurandEnumType, MeterValueType, ReadingContextEnumType, SampledValueType } from '../lib.js';
import type { Meter } from './meter.js';

/** One reading of the given measurands (those the meter cannot give are left out; none left: the energy register). */
export function sampleV201(meter: Meter, measurands: readonly string[], context: ReadingContextEnumType, now = Date.now()): MeterValueType {
  const values: SampledValueType[] = [];
  for (const m of measurands) {
    const r = meter.reading(m, now);
    if (r !== undefined) values.push({ value: r.value, context, measurand: r.measurand as MeasurandEnumType, location: r.location, unitOfMeasure: { unit: r.unit } });
  }
  if (values.length === 0) {
    const r = meter.reading('Energy.Active.Import.Register', now)!;
    values.push({ value: r.value, context, measurand: 'Energy.Active.Import.Register', location: r.location, unitOfMeasure: { unit: r.unit } });
  }
  return { timestamp: new Date(now).toISOString(), sampledValue: values };
}
