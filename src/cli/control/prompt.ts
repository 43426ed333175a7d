/**
 * The control prompt of an interactive `ocpp station`: the actions of the
 * control API as words (`plug 1 1`, `present TOKEN-1`, `ev 1 off`), with tab
 * completion, run through the same dispatch() as the HTTP API.
 */
import { createInterface, type Interface } from 'node:readline';
import { ACTIONS } from './actions.js';
import { dispatch, type ControlRequest, type StationDirectory } from './dispatch.js';
import { FAULT_CODES, type StationSnapshot } from './types.js';

export const PROMPT_HELP = [
  'plug EVSE [CONNECTOR]             a cable is plugged in (connector 1 by default)',
  'unplug EVSE [CONNECTOR]           the cable is removed',
  'present TOKEN [TYPE] [EVSE]       an idToken at the reader (type ISO14443 by default; no EVSE: the station reader)',
  'ev EVSE on|off [WATTS]            the EV draws energy, or suspends; WATTS caps what it draws',
  'fault EVSE CONNECTOR CODE         a fault (ConnectorLockFailure, PowerMeterFailure, ...)',
  'clear EVSE CONNECTOR              the fault is cleared',
  'disconnect | reconnect | reboot   the network drops / comes back; a power cycle',
  'show [ID] | json [ID]             the station state, short or as JSON',
  'stations | use ID                 the stations; which one the commands act on',
  'help | quit',
  'A command can name its station first: CS002 plug 1 1',
];

const WORDS = ['plug', 'unplug', 'present', 'ev', 'fault', 'clear', 'disconnect', 'reconnect', 'reboot', 'show', 'json', 'stations', 'use', 'help', 'quit'];

/** What a line asks for: a control request, a prompt-only command, or a mistake. */
export type Parsed =
  | { readonly kind: 'request'; readonly request: ControlRequest }
  | { readonly kind: 'show' | 'json'; readonly station: string }
  | { readonly kind: 'use'; readonly station: string }
  | { readonly kind: 'stations' | 'help' | 'quit' | 'nothing' }
  | { readonly kind: 'error'; readonly message: string };

const integer = (word: string | undefined): number | undefined => (word !== undefined && /^\d+$/.test(word) ? Number(word) : undefined);

/** Turns one line into what it asks for; `current` is the station commands act on. */
export function parseLine(line: string, current: string | undefined, stations: StationDirectory): Parsed {
  let words = line.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return { kind: 'nothing' };
  let station = current;
  if (!WORDS.includes(words[0]!) && stations.get(words[0]!) !== undefined) {
    station = words[0]!;
    words = words.slice(1);
    if (words.length === 0) return { kind: 'use', station };
  }
  const [command, ...args] = words as [string, ...string[]];
  const post = (action: string, body?: Record<string, unknown>): Parsed =>
    station === undefined ? { kind: 'error', message: 'no station chosen: use ID' } : { kind: 'request', request: { method: 'POST', path: `/stations/${encodeURIComponent(station)}/${action}`, body } };
  const usage = (text: string): Parsed => ({ kind: 'error', message: `usage: ${text}` });
  switch (command) {
    case 'help':
    case '?':
      return { kind: 'help' };
    case 'quit':
    case 'exit':
      return { kind: 'quit' };
    case 'stations':
      return { kind: 'stations' };
    case 'use':
      if (args[0] === undefined || stations.get(args[0]) === undefined) return { kind: 'error', message: `unknown station ${args[0] ?? ''} (stations: ${stations.list().map((s) => s.identity).join(', ')})` };
      return { kind: 'use', station: args[0] };
    case 'show':
    case 'json': {
      const id = args[0] ?? station;
      if (id === undefined || stations.get(id) === undefined) return { kind: 'error', message: 'no station chosen: use ID' };
      return { kind: command, station: id };
    }
    case 'plug':
    case 'unplug': {
      const evseId = integer(args[0]);
      const connectorId = args[1] === undefined ? 1 : integer(args[1]);
      if (evseId === undefined || connectorId === undefined) return usage(`${command} EVSE [CONNECTOR]`);
      return post(command, { evseId, connectorId });
    }
    case 'present': {
      const [idToken, second, third] = args;
      if (idToken === undefined) return usage('present TOKEN [TYPE] [EVSE]');
      const typeWord = second !== undefined && integer(second) === undefined ? second : undefined;
      const evseWord = typeWord === undefined ? second : third;
      const evseId = integer(evseWord);
      if (evseWord !== undefined && evseId === undefined) return usage('present TOKEN [TYPE] [EVSE]');
      const type = typeWord ?? (station !== undefined ? stations.get(station)?.idTokenTypes[0] : undefined) ?? 'ISO14443';
      return post('present', { idToken, type, ...(evseId !== undefined && { evseId }) });
    }
    case 'ev': {
      const evseId = integer(args[0]);
      const on = args[1] === 'on' ? true : args[1] === 'off' ? false : undefined;
      const powerW = args[2] === undefined ? undefined : Number(args[2]);
      if (evseId === undefined || on === undefined || (powerW !== undefined && !Number.isFinite(powerW))) return usage('ev EVSE on|off [WATTS]');
      return post('ev', { evseId, charging: on, ...(powerW !== undefined && { powerW }) });
    }
    case 'fault':
    case 'clear': {
      const evseId = integer(args[0]);
      const connectorId = integer(args[1]);
      const code = args[2];
      if (evseId === undefined || connectorId === undefined || (command === 'fault' && code === undefined)) return usage(command === 'fault' ? 'fault EVSE CONNECTOR CODE' : 'clear EVSE CONNECTOR');
      return post('fault', { evseId, connectorId, ...(command === 'fault' && { errorCode: code }) });
    }
    case 'disconnect':
    case 'reconnect':
    case 'reboot':
      return post(command);
    default:
      return { kind: 'error', message: `unknown command ${command}; try help` };
  }
}

/** Tab completion: commands and station ids first, then the words each command takes. */
export function complete(line: string, stations: StationDirectory): [string[], string] {
  const words = line.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const ids = stations.list().map((s) => s.identity);
  let before = words.slice(0, -1).filter((w) => w !== '');
  if (before.length > 0 && !WORDS.includes(before[0]!) && ids.includes(before[0]!)) before = before.slice(1);
  let options: readonly string[];
  const command = before[0];
  if (command === undefined) options = words.length > 1 && ids.includes(words[0]!) ? WORDS : [...WORDS, ...ids];
  else if (command === 'use' || command === 'show' || command === 'json') options = before.length === 1 ? ids : [];
  else if (command === 'ev' && before.length === 2) options = ['on', 'off'];
  else if (command === 'fault' && before.length === 3) options = FAULT_CODES;
  else if (command === 'present' && before.length === 2) options = stations.list()[0]?.idTokenTypes ?? [];
  else options = [];
  const hits = options.filter((o) => o.startsWith(last));
  return [hits.length > 0 ? hits.map(String) : [], last];
}

/** The state in a few lines for a person. */
export function describeSnapshot(s: StationSnapshot): string[] {
  const lines = [`${s.identity}  ${s.protocol}  ${s.connection}, registration ${s.registration}, ${s.queuedTransactionMessages} transaction message(s) queued`];
  for (const e of s.evses) {
    const connectors = e.connectors.map((c) => `${e.id}/${c.id} ${c.status}${c.cable ? ' (cable)' : ''}${c.fault !== null ? ` [${c.fault}]` : ''}`).join(', ');
    const tx = e.transaction === null ? 'no transaction' : `transaction ${e.transaction.id} ${e.transaction.chargingState}, ${(e.transaction.energyWh / 1000).toFixed(3)} kWh`;
    const power = `${e.meter.powerW > 0 ? `, ${(e.meter.powerW / 1000).toFixed(1)} kW` : ''}${e.transaction !== null ? ` (at most ${(e.meter.offeredW / 1000).toFixed(1)} kW)` : ''}`;
    const auth = e.authorized !== null ? `, authorized by ${e.authorized.idToken}` : '';
    lines.push(`  EVSE ${e.id} ${e.status}: ${connectors}; ${tx}${power}${auth}`);
  }
  return lines;
}

export interface PromptOptions {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** A terminal: line editing and completion. */
  readonly terminal: boolean;
  readonly stations: StationDirectory;
  /** The prompt ended (quit, Ctrl-D, Ctrl-C). */
  readonly onClose: () => void;
}

export class ControlPrompt {
  private readonly rl: Interface;
  private current: string | undefined;
  private closed = false;

  constructor(private readonly o: PromptOptions) {
    this.current = o.stations.list()[0]?.identity;
    this.rl = createInterface({ input: o.input, output: o.output, terminal: o.terminal, completer: (line: string) => complete(line, o.stations) });
    this.rl.setPrompt(this.promptText());
    this.rl.on('line', (line) => void this.run(line));
    this.rl.on('SIGINT', () => this.close());
    this.rl.on('close', () => {
      this.closed = true;
      o.onClose();
    });
    this.rl.prompt();
  }

  /** Prints a line above the prompt, keeping what is being typed. */
  print(line: string): void {
    if (this.closed) {
      this.o.output.write(`${line}\n`);
      return;
    }
    if (this.o.terminal) this.o.output.write('\r\u001b[2K');
    this.o.output.write(`${line}\n`);
    if (this.o.terminal) this.rl.prompt(true);
  }

  close(): void {
    if (!this.closed) this.rl.close();
  }

  private promptText(): string {
    return `${this.current ?? 'ocpp'}> `;
  }

  private async run(line: string): Promise<void> {
    const p = parseLine(line, this.current, this.o.stations);
    // A station line may have redrawn the prompt meanwhile: write over it.
    const out = (text: string): void => {
      this.o.output.write(`${this.o.terminal ? '\r\u001b[2K' : ''}${text}\n`);
    };
    switch (p.kind) {
      case 'nothing':
        break;
      case 'help':
        for (const l of PROMPT_HELP) out(l);
        out(`Actions over HTTP: ${ACTIONS.map((a) => a.name).join(', ')} (POST /stations/{id}/{action})`);
        break;
      case 'quit':
        this.close();
        return;
      case 'stations':
        for (const s of this.o.stations.list()) {
          const snap = s.snapshot();
          out(`${snap.identity}  ${snap.connection}  ${snap.registration}${snap.identity === this.current ? '  (current)' : ''}`);
        }
        break;
      case 'use':
        this.current = p.station;
        this.rl.setPrompt(this.promptText());
        break;
      case 'show':
      case 'json': {
        const snap = this.o.stations.get(p.station)!.snapshot();
        if (p.kind === 'json') out(JSON.stringify(snap, null, 2));
        else for (const l of describeSnapshot(snap)) out(l);
        break;
      }
      case 'error':
        out(p.message);
        break;
      case 'request': {
        const response = await dispatch(this.o.stations, p.request);
        const body = response.body as { done?: string; error?: string };
        out(response.status === 200 ? (body.done ?? 'done') : `refused (${response.status}): ${body.error ?? ''}`);
        break;
      }
    }
    if (!this.closed) this.rl.prompt();
  }
}
