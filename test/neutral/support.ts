/**
 * What the neutral model's tests share: the versions with their validators,
 * what the neutral model does not carry (so a round trip's expected payload
 * is the generated one without those fields), and 2.1 payloads kept within
 * what the neutral model carries.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { messageArbitrary, type Json, type JsonObject } from '../support/arbitraries.js';
import { versions, type VersionUnderTest } from '../support/versions.js';
import { epochOf } from '../../src/neutral/time.js';
import { isoSeconds } from '../../src/smart-charging/time.js';
import { ConversionError, conversionRules, type ConversionOptions, type ConversionRuleId, type Loss } from '../../src/neutral/index.js';

/** The version under test by its name. */
export function version(name: '1.6' | '2.0.1' | '2.1'): VersionUnderTest {
  return versions.find((v) => v.name === name)!;
}

/** Asserts that a payload is valid for the action, strictly. */
export function assertValid(v: VersionUnderTest, action: string, kind: 'request' | 'response', payload: unknown): void {
  const r = v.validate(action, kind, payload);
  assert.ok(r, `${v.name} has no action ${action}`);
  if (!r.ok) assert.fail(`${v.name} ${action} ${kind} is not valid: ${JSON.stringify(r.errors)}\n${JSON.stringify(payload)}`);
}

/** Sets an own property, `__proto__` included (data may carry one). */
function put(o: JsonObject, k: string, x: Json): void {
  Object.defineProperty(o, k, { value: x, enumerable: true, writable: true, configurable: true });
}

/** A deep copy without the named properties, at any depth. */
export function without(value: Json, names: readonly string[]): Json {
  if (Array.isArray(value)) return value.map((x) => without(x, names));
  if (value === null || typeof value !== 'object') return value;
  const out: JsonObject = {};
  for (const [k, x] of Object.entries(value)) if (!names.includes(k)) put(out, k, without(x, names));
  return out;
}

/** Applies `f` to every object (depth first, children before parents). */
export function mapObjects(value: Json, f: (o: JsonObject) => JsonObject): Json {
  if (Array.isArray(value)) return value.map((x) => mapObjects(x, f));
  if (value === null || typeof value !== 'object') return value;
  const out: JsonObject = {};
  for (const [k, x] of Object.entries(value)) put(out, k, mapObjects(x, f));
  return f(out);
}

/** Fields the neutral model does not carry, by version (documented in docs/neutral-model.md). */
export const notCarried: Readonly<Record<'1.6' | '2.0.1' | '2.1', readonly string[]>> = {
  '1.6': [],
  '2.0.1': ['customData', 'salesTariff', 'certificate', 'iso15118CertificateHashData', 'certificateStatus'],
  '2.1': [
    'customData',
    'salesTariff',
    'certificate',
    'iso15118CertificateHashData',
    'certificateStatus',
    'allowedEnergyTransfer',
    'tariff',
    'costDetails',
    'preconditioningStatus',
    'evseSleep',
    'operationMode',
    'tariffId',
    'transactionLimit',
    'updatedPersonalMessageExtra',
    'maxOfflineDuration',
    'invalidAfterOfflineDuration',
    'dynUpdateInterval',
    'dynUpdateTime',
    'priceScheduleSignature',
    'powerTolerance',
    'signatureId',
    'digestValue',
    'absolutePriceSchedule',
    'priceLevelSchedule',
    'preconditioningRequest',
    'useLocalTime',
    'randomizedDelay',
  ],
};

const TIME_FIELDS = ['validFrom', 'validTo', 'startSchedule', 'scheduleStart'];

/** Profile and schedule times as the neutral model keeps them: whole seconds, UTC. */
export function normalizeProfileTimes(value: Json): Json {
  return mapObjects(value, (o) => {
    const isSchedule = 'chargingSchedule' in o || 'chargingSchedulePeriod' in o || 'chargingProfileKind' in o;
    if (!isSchedule) return o;
    const out = { ...o };
    for (const f of TIME_FIELDS) if (typeof out[f] === 'string') out[f] = isoSeconds(epochOf(out[f] as string));
    return out;
  });
}

/** 2.1 period and schedule features that change limits beyond 2.0.1's rules (refused on reading). */
const PERIOD_FEATURES = [
  'limit_L2',
  'limit_L3',
  'dischargeLimit',
  'dischargeLimit_L2',
  'dischargeLimit_L3',
  'setpoint',
  'setpoint_L2',
  'setpoint_L3',
  'setpointReactive',
  'setpointReactive_L2',
  'setpointReactive_L3',
  'v2xBaseline',
  'v2xFreqWattCurve',
  'v2xSignalWattCurve',
  'evseSleep',
  'operationMode',
  'preconditioningRequest',
];

/**
 * A 2.1 payload kept within what the neutral model carries: profiles of
 * 2.0.1's purposes and kinds, periods with a limit and no 2.1 features,
 * schedules without limits by SoC, local time or a randomized delay.
 */
export function within21(p: JsonObject): JsonObject {
  return mapObjects(p, (o) => {
    const out = { ...o };
    if ('startPeriod' in out) {
      for (const f of PERIOD_FEATURES) delete out[f];
      if (out.limit === undefined) out.limit = 8;
    }
    if ('chargingSchedulePeriod' in out) for (const f of ['limitAtSoC', 'useLocalTime', 'randomizedDelay']) delete out[f];
    if (out.chargingProfileKind === 'Dynamic') out.chargingProfileKind = 'Absolute';
    if (out.chargingProfilePurpose === 'PriorityCharging' || out.chargingProfilePurpose === 'LocalGeneration') out.chargingProfilePurpose = 'TxDefaultProfile';
    return out;
  }) as JsonObject;
}

/** Valid payloads of a message of a version (2.1: kept within the neutral model). */
export function payloads(v: VersionUnderTest, message: string): fc.Arbitrary<JsonObject> {
  const a = messageArbitrary(v.model, message, { maxArrayLength: 2 });
  return v.name === '2.1' ? a.map(within21) : a;
}

/** Runs `f`, treating a refusal under `rules` as a case to skip (fc.pre). */
export function unlessRefused<T>(rules: readonly string[], f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ConversionError && rules.includes(e.rule)) fc.pre(false);
    throw e;
  }
}

/** Collects the losses a conversion reports. */
export function collect(): { losses: Loss[]; onLoss: (l: Loss) => void } {
  const losses: Loss[] = [];
  return { losses, onLoss: (l) => losses.push(l) };
}

/** Runs of each round-trip property (payloads are small, the properties many); NEUTRAL_RUNS raises it. */
export const RUNS = Number(process.env.NEUTRAL_RUNS ?? 60);

/** Asserts that `f` refuses with a ConversionError of `rule`; returns the error. */
export function refused(f: () => unknown, rule: ConversionRuleId): ConversionError {
  try {
    f();
  } catch (e) {
    if (!(e instanceof ConversionError)) throw e;
    assert.equal(e.rule, rule, e.message);
    assert.match(e.message, new RegExp(`Rule ${rule}:`));
    return e;
  }
  return assert.fail(`expected a refusal under ${rule}`);
}

/**
 * Runs a conversion, asserts that it reports a loss under `rule` (on
 * `field` when given) and that strict mode refuses it under the same rule.
 */
export function lossy<T>(f: (options: ConversionOptions) => T, rule: ConversionRuleId, field?: string): { value: T; losses: Loss[] } {
  const { losses, onLoss } = collect();
  const value = f({ onLoss });
  const found = losses.filter((l) => l.rule === rule && (field === undefined || l.field === field));
  assert.ok(found.length > 0, `expected a loss under ${rule}${field === undefined ? '' : ` on ${field}`}, got ${JSON.stringify(losses)}`);
  assert.equal(found[0]!.kind, conversionRules[rule].kind);
  refused(() => f({ strict: true }), rule);
  return { value, losses };
}
