/**
 * Meter values outside transaction events (J01): clock-aligned MeterValues
 * every AlignedDataCtrlr.Interval on the clock's whole multiples, and the
 * MeterValues a TriggerMessage asks for (F06).
 */
import type { ReadingContextEnumType } from '../lib.js';
import type { DeviceModel } from './device-model.js';
import { sampleV201 } from './meter-v201.js';
import type { Equipment, Evse } from './evse.js';
import type { StationLink } from './link.js';
import type { Timers } from './timers.js';

export class Sampling {
  constructor(
    private readonly link: StationLink,
    private readonly model: DeviceModel,
    private readonly equipment: Equipment,
    private readonly timers: Timers,
  ) {}

  /** (Re)starts the clock-aligned readings, or stops them when disabled. */
  startAligned(): void {
    this.timers.clear('aligned');
    const s = this.model.integer('AlignedDataCtrlr', 'Interval', 0);
    if (s <= 0 || this.link.stopped || !this.model.boolean('AlignedDataCtrlr', 'Enabled', false)) return;
    const ms = s * 1000;
    this.timers.once('aligned', ms - (Date.now() % ms), () => {
      if (this.link.connected && this.link.accepted) {
        const duringIdleOnly = this.model.boolean('AlignedDataCtrlr', 'SendDuringIdle', false);
        for (const evse of this.equipment.evses) {
          if (duringIdleOnly && evse.session.active) continue;
          this.link.track(this.send(evse, 'Sample.Clock', this.model.list('AlignedDataCtrlr', 'Measurands')));
        }
      }
      this.startAligned();
    });
  }

  async send(evse: Evse, context: ReadingContextEnumType, measurands?: readonly string[]): Promise<void> {
    const list = measurands ?? this.model.list('AlignedDataCtrlr', 'Measurands');
    await this.link.send('MeterValues', { evseId: evse.id, meterValue: [sampleV201(evse.meter, list, context)] });
  }
}
