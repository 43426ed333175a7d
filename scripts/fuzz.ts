/**
 * `npm run fuzz`: the outside attack, long. `ocpp csms` and `ocpp station`
 * run as processes of their own; hostile frames (support/hostile-frames.ts)
 * go to each over real WebSockets, and every reply is checked by the rules
 * of Part 4 (support/fuzz-harness.ts). A target that exits is counted as a
 * crash and started again.
 *
 *   npm run fuzz                       400,000 frames, half to each command (about 20 minutes on two cores)
 *   npm run fuzz -- --frames 20000     fewer
 *   npm run fuzz -- --seed 42          another sequence (default: random)
 *
 * Prints frames sent, replies, closes, crashes, malformed replies (broken
 * rules, the first ones described), and each process's resident memory
 * before and after. Exits 1 on any crash or malformed reply.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { CsmsFuzzer, HostileCsms, newTally, type FuzzTally } from '../test/support/fuzz-harness.js';
import { bigFrames, hostileFrames, invalidUtf8, type Hostile } from '../test/support/hostile-frames.js';

const MAIN = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
const CHUNK = 500;
/** Frames that close the connection cost the station its reconnect back-off: one in this many. */
const STATION_CLOSE_EVERY = 2000;

const { values } = parseArgs({ options: { frames: { type: 'string', default: '400000' }, seed: { type: 'string' } } });
const total = Number(values.frames);
if (!Number.isInteger(total) || total < 2) throw new Error('--frames must be an integer of at least 2');
const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);

interface Target {
  child: ChildProcess;
  stderr: string;
  exited: boolean;
}

function launch(args: string[]): Target {
  const child = spawn(process.execPath, [MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const t: Target = { child, stderr: '', exited: false };
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (t.stderr = (t.stderr + d).slice(-4000)));
  child.once('exit', () => (t.exited = true));
  return t;
}

function waitForLine(t: Target, re: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer): void => {
      out += String(d);
      const m = re.exec(out);
      if (m !== null) {
        t.child.stdout!.off('data', onData);
        resolve(m);
      }
    };
    t.child.stdout!.on('data', onData);
    t.child.once('exit', () => reject(new Error(`the process ended before printing ${re}: ${t.stderr}`)));
  });
}

/** Resident memory of a process in MB (Linux /proc, else ps). */
function rssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (m !== null) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  return undefined;
}

/** The frames, a chunk at a time (big frames are megabytes: never all at once). */
function* frames(arbitrary: fc.Arbitrary<Hostile>, count: number, from: number, every?: { readonly n: number; readonly arbitrary: fc.Arbitrary<Hostile> }): Generator<Hostile> {
  let sent = 0;
  for (let chunk = 0; sent < count; chunk++) {
    for (const h of fc.sample(arbitrary, { numRuns: Math.min(CHUNK, count - sent), seed: from + chunk })) {
      if (sent >= count) return;
      if (every !== undefined && sent > 0 && sent % every.n === 0) {
        yield fc.sample(every.arbitrary, { numRuns: 1, seed: from + sent })[0]!;
        if (++sent >= count) return;
      }
      yield h;
      sent++;
    }
  }
}

interface Report {
  readonly name: string;
  readonly tally: FuzzTally;
  crashes: number;
  readonly crashNotes: string[];
  rssBefore: number | undefined;
  rssAfter: number | undefined;
  seconds: number;
}

/** One progress line, redrawn every few seconds, for both targets. */
function progressLine(reports: readonly Report[], counts: readonly number[], start: number): () => void {
  const draw = (): void => {
    const s = (performance.now() - start) / 1000;
    const parts = reports.map((r, i) => `${r.name} ${r.tally.frames.toLocaleString('en-US')}/${counts[i]!.toLocaleString('en-US')} (${r.tally.malformed} malformed, ${r.crashes} crashes)`);
    const line = `${s.toFixed(0)} s: ${parts.join(' · ')}`;
    if (process.stdout.isTTY) process.stdout.write(`\r${line}   `);
    else console.log(line);
  };
  const timer = setInterval(draw, process.stdout.isTTY ? 1000 : 30_000);
  return () => {
    clearInterval(timer);
    draw();
    process.stdout.write('\n');
  };
}

function newReport(name: string): Report {
  return { name, tally: newTally(), crashes: 0, crashNotes: [], rssBefore: undefined, rssAfter: undefined, seconds: 0 };
}

async function fuzzCsmsCommand(report: Report, count: number): Promise<void> {
  const start = performance.now();
  const startTarget = async (): Promise<{ target: Target; url: string }> => {
    const target = launch(['csms', '--port', '0', '--quiet']);
    const m = await waitForLine(target, /listening on (ws:\/\/\S+)\/<identity>/);
    return { target, url: m[1]! };
  };
  let { target, url } = await startTarget();
  let fuzzer = await CsmsFuzzer.start(url, 'FUZZ-CSMS');
  report.rssBefore = rssMb(target.child.pid);
  for (const h of frames(hostileFrames('Csms', { big: true, invalidUtf8: true }), count, seed)) {
    try {
      await fuzzer.run(h, report.tally);
    } catch (err) {
      if (!target.exited) throw err;
    }
    if (target.exited) {
      report.crashes++;
      report.crashNotes.push(`after ${h.kind}: ${target.stderr.trim().split('\n').slice(-3).join(' / ')}`);
      ({ target, url } = await startTarget());
      fuzzer = await CsmsFuzzer.start(url, 'FUZZ-CSMS');
    }
  }
  await idle();
  report.rssAfter = rssMb(target.child.pid);
  fuzzer.close();
  target.child.kill('SIGINT');
  report.seconds = (performance.now() - start) / 1000;
}

async function fuzzStationCommand(report: Report, count: number): Promise<void> {
  const start = performance.now();
  const hostile = await HostileCsms.start();
  const startTarget = async (): Promise<Target> => {
    const target = launch(['station', '--url', hostile.url, '--id', 'FUZZ-CS', '--quiet']);
    if (!(await hostile.connected())) throw new Error(`the station did not connect: ${target.stderr}`);
    return target;
  };
  let target = await startTarget();
  report.rssBefore = rssMb(target.child.pid);
  const closing = fc.oneof(bigFrames, invalidUtf8);
  for (const h of frames(hostileFrames('Station'), count, seed + 1_000_000, { n: STATION_CLOSE_EVERY, arbitrary: closing })) {
    try {
      await hostile.run(h, report.tally);
    } catch (err) {
      if (!target.exited) throw err;
    }
    if (target.exited) {
      report.crashes++;
      report.crashNotes.push(`after ${h.kind}: ${target.stderr.trim().split('\n').slice(-3).join(' / ')}`);
      target = await startTarget();
    }
  }
  await idle();
  report.rssAfter = rssMb(target.child.pid);
  target.child.kill('SIGINT');
  await hostile.close();
  report.seconds = (performance.now() - start) / 1000;
}

/** A few quiet seconds before "after": the process gets to collect its garbage. */
function idle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 5000));
}

function print(r: Report): void {
  const t = r.tally;
  const mb = (x: number | undefined) => (x === undefined ? 'n/a' : `${x.toFixed(1)} MB`);
  console.log(`\n${r.name}`);
  console.log(`  frames sent        ${t.frames.toLocaleString('en-US')} in ${r.seconds.toFixed(0)} s`);
  console.log(`  replies            ${t.replies.toLocaleString('en-US')}`);
  console.log(`  connections closed ${t.closes} (too big or not UTF-8, as they must be)`);
  if (t.reboots > 0) console.log(`  reboots            ${t.reboots} (a Reset accepted, the connection closed normally)`);
  console.log(`  crashes            ${r.crashes}${r.crashNotes.length > 0 ? `: ${r.crashNotes.slice(0, 3).join('; ')}` : ''}`);
  console.log(`  malformed replies  ${t.malformed}${t.problems.length > 0 ? `\n    ${t.problems.slice(0, 10).join('\n    ')}` : ''}`);
  console.log(`  memory (RSS)       ${mb(r.rssBefore)} before, ${mb(r.rssAfter)} after`);
  const kinds = [...t.kinds].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(`  frames by kind     ${kinds.map(([k, n]) => `${k} ${n}`).join(', ')}`);
}

async function main(): Promise<void> {
  const half = Math.floor(total / 2);
  console.log(`npm run fuzz: ${total.toLocaleString('en-US')} hostile frames, ${half.toLocaleString('en-US')} to ocpp csms and ${(total - half).toLocaleString('en-US')} to ocpp station (seed ${seed})`);
  // Both at once: each target is a process of its own, the machine's cores share the work.
  const csms = newReport('ocpp csms');
  const station = newReport('ocpp station');
  const done = progressLine([csms, station], [half, total - half], performance.now());
  try {
    await Promise.all([fuzzCsmsCommand(csms, half), fuzzStationCommand(station, total - half)]);
  } finally {
    done();
  }
  print(csms);
  print(station);
  const bad = csms.crashes + station.crashes + csms.tally.malformed + station.tally.malformed;
  console.log(`\n${bad === 0 ? 'no crash, no malformed reply' : `${bad} failures`} (seed ${seed}: npm run fuzz -- --seed ${seed} --frames ${total} repeats this run)`);
  process.exitCode = bad === 0 ? 0 : 1;
}

await main();
