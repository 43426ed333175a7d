/**
 * Which OCPP version a station's frames are in, for `ocpp validate`
 * without `--ocpp`. A log entry may name its subprotocol (`protocol`);
 * otherwise the frames tell, station by station:
 *
 * 1. A CALLRESULTERROR or SEND (message types 5 and 6) exists only in 2.1.
 * 2. Else each version is scored by the requests (CALLs and SENDs) it
 *    cannot read: two points for an action it does not have, one for a
 *    payload its validator refuses (strict). The lowest score wins; 1.6 and
 *    2.x share few payload shapes, so one BootNotification or
 *    StatusNotification settles it.
 * 3. A tie (no requests, or requests valid in 2.0.1 and 2.1 alike) goes to
 *    2.0.1, then 2.1, then 1.6: the version such a log most likely is.
 */
import { allVersions, type AnyVersion, type KnownVersion } from '../lib.js';

/** The order ties are broken in. */
const preference: readonly string[] = ['2.0.1', '2.1', '1.6'];

/** One frame as detection sees it: its station, the subprotocol its log entry names (if any), the frame. */
export interface DetectionInput {
  readonly station: string;
  readonly protocol?: string | undefined;
  readonly frame: unknown;
}

/** What detection found for one station, and why. */
export interface Detected {
  readonly version: KnownVersion;
  /** For people: how it was decided. */
  readonly reason: string;
}

/** The version of each station's frames (see the module comment); '' is the station of bare frames. */
export function detectVersions(inputs: Iterable<DetectionInput>): Map<string, Detected> {
  const byStation = new Map<string, { named?: KnownVersion; has21Types: boolean; scores: Map<AnyVersion, number>; requestsRead: Map<AnyVersion, number>; requests: number }>();
  for (const { station, protocol, frame } of inputs) {
    let s = byStation.get(station);
    if (s === undefined) {
      s = { has21Types: false, scores: new Map(allVersions.map((v) => [v, 0])), requestsRead: new Map(allVersions.map((v) => [v, 0])), requests: 0 };
      byStation.set(station, s);
    }
    const named = protocol === undefined ? undefined : allVersions.find((v) => v.protocol === protocol);
    if (named !== undefined) s.named = named;
    if (!Array.isArray(frame)) continue;
    if (frame[0] === 5 || frame[0] === 6) s.has21Types = true;
    if ((frame[0] !== 2 && frame[0] !== 6) || typeof frame[2] !== 'string') continue;
    s.requests++;
    for (const version of allVersions) {
      const result = version.validate(frame[2], 'request', frame[3]);
      if (result === undefined || !result.ok) s.scores.set(version, s.scores.get(version)! + (result === undefined ? 2 : 1));
      else s.requestsRead.set(version, s.requestsRead.get(version)! + 1);
    }
  }
  const found = new Map<string, Detected>();
  for (const [station, s] of byStation) {
    if (s.named !== undefined) {
      found.set(station, { version: s.named, reason: `the log names ${s.named.protocol}` });
      continue;
    }
    const v21 = allVersions.find((v) => v.version === '2.1')!;
    if (s.has21Types) {
      found.set(station, { version: v21, reason: 'CALLRESULTERROR or SEND frames, which only OCPP 2.1 has' });
      continue;
    }
    const ranked = [...allVersions].sort((a, b) => s.scores.get(a)! - s.scores.get(b)! || preference.indexOf(a.version) - preference.indexOf(b.version));
    const best = ranked[0]!;
    const score = s.scores.get(best)!;
    const read = s.requestsRead.get(best)!;
    const reason =
      s.requests === 0
        ? 'no requests to tell by; assumed'
        : `${read} of ${s.requests} requests read as OCPP ${best.version}` + (ranked[1] !== undefined && s.scores.get(ranked[1]) === score ? ` (as in ${ranked[1].version}: the tie goes to ${best.version})` : '');
    found.set(station, { version: best, reason });
  }
  return found;
}

/** The version of one station: what detection found, else 2.0.1. */
export function versionLookup(found: ReadonlyMap<string, Detected>): (station: string) => KnownVersion {
  const fallback = allVersions.find((v) => v.version === '2.0.1')!;
  return (station) => found.get(station)?.version ?? fallback;
}
