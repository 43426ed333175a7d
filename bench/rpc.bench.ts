/**
 * The CSMS side of OCPP-J, in process: station frames in (decode, check the
 * frame, registration and direction, validate the request, dispatch to a
 * trivial handler, validate the response, encode), reply text out. Compared
 * with the physical floor for the same frames: bare JSON.parse of each frame
 * plus JSON.stringify of its reply. Goals: at least 0.6 of the floor with
 * synchronous handlers, 0.7 with asynchronous ones (handlers that return a
 * promise, as a real CSMS's do).
 */
import { Csms } from '../src/roles/csms.js';
import type { CsmsHandlers } from '../src/roles/types.js';
import { v201, type V201 } from '../src/v201/index.js';

const FRAMES = 4000;
const ROUND_MS = 250;
const ROUNDS = 7;
const NOW = '2024-05-01T12:00:00.000Z';

function meterValue(i: number) {
  return {
    timestamp: NOW,
    sampledValue: [
      { value: 12345.6 + i, measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } },
      { value: 7200 + (i % 100), measurand: 'Power.Active.Import', unitOfMeasure: { unit: 'W' } },
      { value: 31.4, measurand: 'Current.Import', phase: 'L1', unitOfMeasure: { unit: 'A' } },
      { value: 230.1, measurand: 'Voltage', phase: 'L1-N', unitOfMeasure: { unit: 'V' } },
      { value: 64, measurand: 'SoC', location: 'EV', unitOfMeasure: { unit: 'Percent' } },
    ],
  };
}

/** A realistic mix: 40% MeterValues, 30% TransactionEvent, 20% StatusNotification, 10% Heartbeat. */
function makeFrames(): string[] {
  const out: string[] = [];
  for (let i = 0; i < FRAMES; i++) {
    const id = `bench-${i.toString(36)}-${(i * 7919).toString(36)}`;
    const k = i % 10;
    let frame: unknown[];
    if (k < 4) frame = [2, id, 'MeterValues', { evseId: 1 + (i % 2), meterValue: [meterValue(i)] }];
    else if (k < 7)
      frame = [
        2,
        id,
        'TransactionEvent',
        {
          eventType: 'Updated',
          timestamp: NOW,
          triggerReason: 'MeterValuePeriodic',
          seqNo: i,
          transactionInfo: { transactionId: `tx-${i % 50}`, chargingState: 'Charging' },
          evse: { id: 1, connectorId: 1 },
          meterValue: [meterValue(i)],
        },
      ];
    else if (k < 9) frame = [2, id, 'StatusNotification', { timestamp: NOW, connectorStatus: i % 2 ? 'Occupied' : 'Available', evseId: 1, connectorId: 1 }];
    else frame = [2, id, 'Heartbeat', {}];
    out.push(JSON.stringify(frame));
  }
  return out;
}

const answers: { readonly [action: string]: unknown } = {
  MeterValues: {},
  TransactionEvent: {},
  StatusNotification: {},
  Heartbeat: { currentTime: NOW },
};

const syncHandlers: CsmsHandlers<V201> = {
  MeterValues: () => ({}),
  TransactionEvent: () => ({}),
  StatusNotification: () => ({}),
  Heartbeat: () => ({ currentTime: NOW }),
};

const asyncHandlers: CsmsHandlers<V201> = {
  MeterValues: async () => ({}),
  TransactionEvent: async () => ({}),
  StatusNotification: async () => ({}),
  Heartbeat: async () => ({ currentTime: NOW }),
};

let sink = 0;

type Run = () => void | Promise<void>;

/** Frames per second of one time-boxed round of `run` (which handles all frames once). */
async function round(run: Run): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  let passes = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    await run();
    passes++;
    elapsed = performance.now() - start;
  } while (elapsed < ROUND_MS);
  return (passes * FRAMES) / (elapsed / 1000);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Rounds of the floor and of each subject, interleaved, so that a change of
 * machine load hits both sides of a ratio alike; each ratio is the median of
 * its rounds' ratios.
 */
async function compare(floor: Run, subjects: readonly Run[]): Promise<{ floor: number; rates: number[]; ratios: number[] }> {
  for (const run of [floor, ...subjects]) {
    const deadline = performance.now() + 200;
    while (performance.now() < deadline) await run(); // warm up
  }
  const floorRates: number[] = [];
  const rates: number[][] = subjects.map(() => []);
  const ratios: number[][] = subjects.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    const f = await round(floor);
    floorRates.push(f);
    for (let s = 0; s < subjects.length; s++) {
      const rate = await round(subjects[s]!);
      rates[s]!.push(rate);
      ratios[s]!.push(rate / f);
    }
  }
  return { floor: median(floorRates), rates: rates.map(median), ratios: ratios.map(median) };
}

async function main(): Promise<void> {
  const frames = makeFrames();
  const bytes = frames.reduce((n, f) => n + f.length, 0);

  const floor = () => {
    for (let i = 0; i < frames.length; i++) {
      const f = JSON.parse(frames[i]!) as [number, string, string, unknown];
      sink += JSON.stringify([3, f[1], answers[f[2]]]).length;
    }
  };

  let replies = 0;
  const errors: string[] = [];
  const send = (text: string) => {
    replies++;
    sink += text.length;
    if (text.charCodeAt(1) === 52 && errors.length < 3) errors.push(text);
  };

  const syncCsms = new Csms(v201, { registration: { initialStatus: 'Accepted' }, handlers: syncHandlers });
  syncCsms.attach(send);
  const sync = () => {
    for (let i = 0; i < frames.length; i++) syncCsms.receive(frames[i]!);
  };

  const asyncCsms = new Csms(v201, { registration: { initialStatus: 'Accepted' }, handlers: asyncHandlers });
  let target = 0;
  let done: (() => void) | undefined;
  asyncCsms.attach((text) => {
    send(text);
    if (replies === target) done?.();
  });
  const asynchronous = () => {
    target = replies + frames.length;
    const all = new Promise<void>((resolve) => (done = resolve));
    for (let i = 0; i < frames.length; i++) asyncCsms.receive(frames[i]!);
    return all;
  };

  // Validation and registration off: what the checks themselves cost.
  const bareCsms = new Csms(v201, { registration: false, validate: false, handlers: syncHandlers });
  bareCsms.attach(send);
  const unvalidated = () => {
    for (let i = 0; i < frames.length; i++) bareCsms.receive(frames[i]!);
  };

  const result = await compare(floor, [sync, asynchronous, unvalidated]);
  syncCsms.close();
  asyncCsms.close();
  bareCsms.close();

  if (errors.length > 0) {
    console.log('unexpected CALLERROR replies:', errors);
    process.exitCode = 1;
  }
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(10);
  const [syncRate, asyncRate, bareRate] = result.rates as [number, number, number];
  const [syncRatio, asyncRatio, bareRatio] = result.ratios as [number, number, number];
  console.log(`${FRAMES} station frames (40% MeterValues, 30% TransactionEvent, 20% StatusNotification, 10% Heartbeat), mean ${Math.round(bytes / FRAMES)} bytes`);
  console.log(`median of ${ROUNDS} interleaved rounds of ${ROUND_MS} ms; ratio = frames/s over the floor's`);
  console.log(`floor: JSON.parse + JSON.stringify         ${fmt(result.floor)} frames/s  1.00`);
  console.log(`Csms, sync handlers, strict validation     ${fmt(syncRate)} frames/s  ${syncRatio.toFixed(2)}  (goal >= 0.60)`);
  console.log(`Csms, async handlers, strict validation    ${fmt(asyncRate)} frames/s  ${asyncRatio.toFixed(2)}  (goal >= 0.70)`);
  console.log(`Csms, sync handlers, no validation         ${fmt(bareRate)} frames/s  ${bareRatio.toFixed(2)}`);
  if (sink === 42) console.log('');
}

await main();
