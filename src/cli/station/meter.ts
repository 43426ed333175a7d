/**
 * A simulated EVSE energy meter and the EV behind it: a fiscal import
 * register in Wh that only grows, power that depends on the EV's limit, the
 * EVSE's rating, the limit its charging profiles set and the battery's
 * state of charge (tapering above 80 %), and the voltage and current that go
 * with it on a three-phase 230 V supply. Readings are version-free
 * (`reading`); each version gives them its wire shape (meter-v201.ts,
 * v16/meter-values.ts).
 */
/** A small seeded generator (mulberry32): the same seed gives the same station. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The nominal line voltage of the simulated supply, V (phase to neutral). */
export const PHASE_VOLTAGE = 230;
/** Phases of the simulated supply. */
export const PHASES = 3;

export interface Ev {
  /** Battery capacity, Wh. */
  readonly capacityWh: number;
  /** What the EV's charger draws at most, W. */
  readonly maxPowerW: number;
  /** State of charge, 0-100. */
  soc: number;
}

/** An EV with a plausible battery (40-90 kWh), on-board charger (7.4, 11 or 22 kW) and state of charge (15-60 %). */
export function randomEv(random: () => number): Ev {
  const chargers = [7400, 11000, 22000];
  return {
    capacityWh: Math.round(40_000 + random() * 50_000),
    maxPowerW: chargers[Math.floor(random() * chargers.length)]!,
    soc: Math.round(15 + random() * 45),
  };
}

export class Meter {
  /** The import register, Wh (fractional inside, whole Wh when reported). */
  private registerWh: number;
  private power = 0;
  private lastMs: number;
  private ev: Ev | undefined;
  private charging = false;
  private evLimitW: number | undefined;
  private evseLimitW: number | undefined;

  constructor(
    private readonly maxPowerW: number,
    random: () => number,
    now = Date.now(),
  ) {
    // A meter that has been in service for a while.
    this.registerWh = Math.round(100_000 + random() * 4_900_000);
    this.lastMs = now;
  }

  /** Brings the register up to `now`. */
  advance(now = Date.now()): void {
    const dt = Math.max(0, now - this.lastMs) / 1000;
    this.lastMs = now;
    if (!this.charging || this.ev === undefined || dt === 0) return;
    const wh = (this.power * dt) / 3600;
    this.registerWh += wh;
    this.ev.soc = Math.min(100, this.ev.soc + (wh / this.ev.capacityWh) * 100);
    this.power = this.targetPower();
  }

  connect(ev: Ev, now = Date.now()): void {
    this.advance(now);
    this.ev = ev;
  }

  disconnect(now = Date.now()): void {
    this.setCharging(false, now);
    this.ev = undefined;
  }

  /** Caps what the EV draws, W (undefined: its charger's maximum). */
  setEvLimit(maxPowerW: number | undefined, now = Date.now()): void {
    this.advance(now);
    this.evLimitW = maxPowerW;
    if (this.charging) this.power = this.targetPower();
  }

  /** Caps what the EVSE offers, W: its charging profiles' limit now (undefined: its rating). */
  setEvseLimit(maxPowerW: number | undefined, now = Date.now()): void {
    this.advance(now);
    this.evseLimitW = maxPowerW;
    if (this.charging) this.power = this.targetPower();
  }

  /** What the EVSE offers now, W: its rating, or less where a charging profile limits it. */
  get offeredW(): number {
    return Math.min(this.maxPowerW, this.evseLimitW ?? Infinity);
  }

  setCharging(on: boolean, now = Date.now()): void {
    this.advance(now);
    this.charging = on && this.ev !== undefined;
    this.power = this.charging ? this.targetPower() : 0;
  }

  get isCharging(): boolean {
    return this.charging;
  }

  get energyWh(): number {
    return Math.floor(this.registerWh);
  }

  get powerW(): number {
    return Math.round(this.power);
  }

  get soc(): number | undefined {
    return this.ev === undefined ? undefined : Math.round(this.ev.soc * 10) / 10;
  }

  private targetPower(): number {
    const ev = this.ev;
    if (ev === undefined || ev.soc >= 100) return 0;
    const limit = Math.min(ev.maxPowerW, this.offeredW, this.evLimitW ?? Infinity);
    // Constant power up to 80 %, then a linear taper to 10 % of it at 100 %.
    const taper = ev.soc <= 80 ? 1 : Math.max(0.1, 1 - ((ev.soc - 80) / 20) * 0.9);
    return limit * taper;
  }

  /**
   * One reading of a measurand, whatever the version's wire shape: its value,
   * unit and location; undefined for a measurand this meter cannot give.
   * The value is brought up to `now` first.
   */
  reading(measurand: string, now = Date.now()): Reading | undefined {
    this.advance(now);
    const amps = (w: number): number => Math.round((w / (PHASES * PHASE_VOLTAGE)) * 10) / 10;
    switch (measurand) {
      case 'Energy.Active.Import.Register':
        return { measurand, value: this.energyWh, unit: 'Wh', location: 'Outlet' };
      case 'Power.Active.Import':
        return { measurand, value: this.powerW, unit: 'W', location: 'Outlet' };
      case 'Power.Offered':
        return { measurand, value: Math.round(this.offeredW), unit: 'W', location: 'Outlet' };
      case 'Current.Import':
        return { measurand, value: amps(this.power), unit: 'A', location: 'Outlet' };
      case 'Current.Offered':
        return { measurand, value: amps(this.offeredW), unit: 'A', location: 'Outlet' };
      case 'Voltage':
        return { measurand, value: PHASE_VOLTAGE, unit: 'V', location: 'Outlet' };
      case 'SoC': {
        const soc = this.soc;
        return soc === undefined ? undefined : { measurand, value: Math.floor(soc), unit: 'Percent', location: 'EV' };
      }
      default:
        return undefined;
    }
  }
}

/** One value of a meter reading, before a version gives it its wire shape. */
export interface Reading {
  readonly measurand: string;
  readonly value: number;
  /** Wh, W, A, V or Percent: spelled the same in every version. */
  readonly unit: 'Wh' | 'W' | 'A' | 'V' | 'Percent';
  readonly location: 'Outlet' | 'EV';
}
