/**
 * `ocpp validate`: a message payload, a frame, frames one per line, or a
 * JSON-lines frame log, from a file, standard input or --data, in the OCPP
 * version `--ocpp` names or, for frames, the one each station's frames are
 * in (log/detect.ts). Prints each problem with its OCPP code and JSON
 * pointer, then a summary; exits 1 when anything is invalid.
 */
import { readFile } from 'node:fs/promises';
import { CliError, UsageError, type Args, type CommandSpec } from '../args.js';
import type { CheckIssue } from '../log/check.js';
import type { FrameDirection } from '../log/jsonl.js';
import type { KnownVersion, MessageKind } from '../lib.js';
import type { Io } from '../io.js';
import type { ModelDescription } from '../../v201/model.js';

export const validateCommand: CommandSpec = {
  name: 'validate',
  synopsis: '[options] [FILE | -]',
  summary: 'Validate an OCPP 1.6, 2.0.1 or 2.1 message, a frame, or a JSON-lines log of frames (from FILE, standard input, or --data).',
  maxPositionals: 1,
  options: {
    action: { type: 'string', short: 'a', value: 'ACTION', description: 'the action of a bare payload (or of answers whose CALL is not in the input)' },
    kind: { type: 'string', short: 'k', value: 'KIND', description: 'request or response, for a bare payload', default: 'request' },
    ocpp: { type: 'string', value: 'VERSION', description: 'the OCPP version: 1.6, 2.0.1 or 2.1 (default: detected from frames; 2.0.1 for a bare payload)' },
    data: { type: 'string', short: 'd', value: 'JSON', description: 'the input itself instead of a file' },
    direction: { type: 'string', value: 'DIR', description: 'StationToCsms or CsmsToStation, for bare frames (enables the direction check)' },
    lenient: { type: 'boolean', description: 'lenient mode: over-long strings, unknown enum values and properties are warnings' },
    quiet: { type: 'boolean', short: 'q', description: 'print only the summary' },
    json: { type: 'boolean', description: 'print one JSON object with every issue and the counts' },
  },
  details: [
    'Input forms (detected):',
    '  a payload       {"reason":"PowerUp",...}            needs --action (and --kind response for a response)',
    '  a frame         [2,"id","Heartbeat",{}]',
    '  frames          one JSON array per line; answers are matched to their CALLs by message id',
    '  a frame log     JSON lines {"time","direction","station","frame"} as written by --log',
    '',
    'Without --ocpp, each station\'s version is the one its log entries name ("protocol"), else the',
    'one that reads its requests (CALLRESULTERROR or SEND frames mean 2.1; a tie goes to 2.0.1).',
    '',
    'Each problem shows the value found and what was allowed there (the values of an enumeration,',
    'the limit it broke). In frames one per line and in logs, a CALL that nothing answered is',
    'reported as a warning.',
    '',
    'Exit status: 0 all valid (warnings allowed), 1 something invalid or unreadable, 2 wrong usage.',
  ],
};

export async function runValidate(args: Args, io: Io): Promise<number> {
  // The validators load here, not with the command: `ocpp validate --help` needs none of them.
  const [{ checkMessage, FrameChecker, formatIssue, formatSummary }, { detectVersions, versionLookup }, { allVersions }, { palette }] = await Promise.all([
    import('../log/check.js'),
    import('../log/detect.js'),
    import('../lib.js'),
    import('../log/style.js'),
  ]);
  const { checkValue, detectionInputs } = await import('../log/inputs.js');
  const kind = args.choice<MessageKind>('kind', ['request', 'response'], 'request');
  const ocpp = args.string('ocpp') === undefined ? undefined : args.choice('ocpp', ['1.6', '2.0.1', '2.1'] as const, '2.0.1');
  const chosen: KnownVersion | undefined = ocpp === undefined ? undefined : allVersions.find((v) => v.version === ocpp);
  const action = args.string('action');
  // A bare payload or an action name cannot tell its version: --ocpp, else 2.0.1.
  const named = chosen ?? allVersions.find((v) => v.version === '2.0.1')!;
  if (action !== undefined && !named.isActionName(action)) {
    throw new UsageError(`--action: unknown OCPP ${named.version} action ${JSON.stringify(action)}`, validateCommand);
  }
  const directionText = args.string('direction');
  const direction = directionText === undefined ? undefined : args.choice<FrameDirection>('direction', ['StationToCsms', 'CsmsToStation'], 'StationToCsms');
  const mode = args.flag('lenient') ? 'lenient' : 'strict';
  const text = await readInput(args, io);

  const issues: CheckIssue[] = [];
  const whole = parseWhole(text);
  const lines = whole === undefined ? text.split(/\r?\n/) : [];
  let versions: ReadonlyMap<string, { readonly version: KnownVersion; readonly reason: string }> = new Map();
  if (chosen === undefined && (whole === undefined || Array.isArray(whole) || isLogEntry(whole))) {
    versions = detectVersions(detectionInputs(whole, lines));
  }
  // The models of the versions in play name the allowed values and limits of each finding.
  const inPlay = new Set<string>([named.version, ...[...versions.values()].map((d) => d.version.version)]);
  const models = await loadModels(inPlay);
  const checker = new FrameChecker(mode, chosen ?? versionLookup(versions), (v) => models.get(v.version));
  if (whole !== undefined && !Array.isArray(whole) && !isLogEntry(whole)) {
    // A bare payload.
    if (action === undefined) throw new UsageError('a bare payload needs --action (and --kind response for a response)', validateCommand);
    checker.stats.frames++;
    const found = checkMessage(action, kind, whole, mode, named, models.get(named.version));
    for (const i of found) {
      if (i.severity === 'error') checker.stats.errors++;
      else checker.stats.warnings++;
    }
    if (found.some((i) => i.severity === 'error')) checker.stats.invalidFrames++;
    issues.push(...found);
  } else if (whole !== undefined) {
    issues.push(...checkValue(checker, whole, undefined, direction, action));
  } else {
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        issues.push(...checker.unreadable('not valid JSON', index + 1));
        return;
      }
      issues.push(...checkValue(checker, value, index + 1, direction, action));
    });
    // Frames one per line, or a log: a CALL nothing answered is worth knowing (a lone frame is not).
    issues.push(...checker.unanswered());
  }

  const stats = checker.stats;
  const c = palette(io.color ?? false);
  const versionNames = chosen !== undefined ? { '*': chosen.version } : Object.fromEntries([...versions].map(([station, d]) => [station, d.version.version]));
  if (args.flag('json')) {
    const summary = { frames: stats.frames, calls: stats.calls, results: stats.results, callErrors: stats.callErrors, invalidFrames: stats.invalidFrames, errors: stats.errors, warnings: stats.warnings, unanswered: stats.unanswered, stations: stats.stations.size };
    io.out(JSON.stringify({ ok: stats.errors === 0, ...summary, versions: versionNames, issues }));
  } else {
    if (!args.flag('quiet')) {
      if (chosen === undefined) {
        for (const [station, d] of versions) io.out(`${station === '' ? 'frames' : station}: OCPP ${d.version.version} (${d.reason})`);
      }
      for (const i of issues) io.out(formatIssue(i, { palette: c }));
    }
    io.out(formatSummary(stats, c));
  }
  return stats.errors === 0 ? 0 : 1;
}

/** The model of each OCPP version named (its `/model` entry), loaded only when asked for. */
async function loadModels(versions: Iterable<string>): Promise<Map<string, ModelDescription>> {
  const loaders: { readonly [version: string]: () => Promise<{ model: ModelDescription }> } = {
    '1.6': () => import('../../v16/model.js'),
    '2.0.1': () => import('../../v201/model.js'),
    '2.1': () => import('../../v21/model.js'),
  };
  const found = new Map<string, ModelDescription>();
  await Promise.all(
    [...versions].map(async (v) => {
      const load = loaders[v];
      if (load !== undefined) found.set(v, (await load()).model);
    }),
  );
  return found;
}

function isLogEntry(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'frame' in value && 'direction' in value;
}

/** The whole input as one JSON value, or undefined when it is not one (e.g. JSON lines). */
function parseWhole(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') throw new CliError('the input is empty');
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return undefined;
  }
}

async function readInput(args: Args, io: Io): Promise<string> {
  const data = args.string('data');
  const file = args.positionals[0];
  if (data !== undefined) {
    if (file !== undefined) throw new UsageError('give either FILE or --data, not both', validateCommand);
    return data;
  }
  if (file === undefined || file === '-') {
    if (file === undefined && io.stdinIsTTY) throw new UsageError('give a FILE, --data, or pipe the input to standard input', validateCommand);
    return io.readStdin();
  }
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? String(err))}`);
  }
}
