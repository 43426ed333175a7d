/**
 * Requests split to fit what a station says it takes in one message
 * (TC_B_08_CSMS): GetVariables and SetVariables by DeviceDataCtrlr's
 * ItemsPerMessage and BytesPerMessage for that action (2.0.1, 2.1), and
 * 1.6 GetConfiguration keys by GetConfigurationMaxKeys. `sendInBatches`
 * sends them one after another and joins the results in order.
 */

/** A station's limits for one action; absent: no limit. */
export interface MessageLimits {
  /** Items per message at most (ItemsPerMessage, GetConfigurationMaxKeys). */
  readonly itemsPerMessage?: number;
  /** Bytes of the whole CALL frame at most (BytesPerMessage). */
  readonly bytesPerMessage?: number;
}

/** An item that alone makes a message larger than BytesPerMessage. */
export class BatchError extends Error {
  override readonly name: string = 'BatchError';
}

/** The longest message id (Part 4: 36 characters), so a batch fits whatever id it is sent with. */
const LONGEST_ID = 'x'.repeat(36);

function frameBytes(action: string, payload: unknown): number {
  return Buffer.byteLength(JSON.stringify([2, LONGEST_ID, action, payload]));
}

/**
 * Splits `items` into payloads `wrap(batch)` of `action` that each keep to
 * the limits, in order; `wrap` puts the batch in the payload once, as a
 * JSON array. Throws BatchError for an item too large alone.
 */
export function splitItems<T, P>(action: string, items: readonly T[], limits: MessageLimits, wrap: (batch: T[]) => P): P[] {
  const perMessage = limits.itemsPerMessage !== undefined && limits.itemsPerMessage > 0 ? limits.itemsPerMessage : Infinity;
  const bytes = limits.bytesPerMessage !== undefined && limits.bytesPerMessage > 0 ? limits.bytesPerMessage : Infinity;
  // A frame is its empty-batch frame plus each item's JSON and a comma between two.
  const base = frameBytes(action, wrap([]));
  const out: P[] = [];
  let batch: T[] = [];
  let size = base;
  for (const item of items) {
    const itemBytes = Buffer.byteLength(JSON.stringify(item));
    const grown = size + itemBytes + (batch.length > 0 ? 1 : 0);
    if (batch.length < perMessage && grown <= bytes) {
      batch.push(item);
      size = grown;
      continue;
    }
    if (batch.length > 0) out.push(wrap(batch));
    batch = [item];
    size = base + itemBytes;
    if (size > bytes) throw new BatchError(`one ${action} item takes ${size} bytes with its frame, more than the station's BytesPerMessage ${bytes}`);
  }
  if (batch.length > 0) out.push(wrap(batch));
  return out;
}

/** GetVariables requests for `data`, each within the station's GetVariables limits. */
export function getVariablesBatches<T>(data: readonly T[], limits: MessageLimits): { getVariableData: T[] }[] {
  return splitItems('GetVariables', data, limits, (batch) => ({ getVariableData: batch }));
}

/** SetVariables requests for `data`, each within the station's SetVariables limits. */
export function setVariablesBatches<T>(data: readonly T[], limits: MessageLimits): { setVariableData: T[] }[] {
  return splitItems('SetVariables', data, limits, (batch) => ({ setVariableData: batch }));
}

/** 1.6 GetConfiguration requests for `keys`, each with GetConfigurationMaxKeys keys at most. */
export function getConfigurationBatches(keys: readonly string[], maxKeys: number | undefined): { key: string[] }[] {
  return splitItems('GetConfiguration', keys, maxKeys === undefined ? {} : { itemsPerMessage: maxKeys }, (batch) => ({ key: batch }));
}

/** The part of a GetVariableResult read for limits. */
interface ResultLike {
  readonly attributeStatus: string;
  readonly attributeType?: string;
  readonly attributeValue?: string;
  readonly component: { readonly name: string; readonly instance?: string };
  readonly variable: { readonly name: string; readonly instance?: string };
}

/**
 * The GetVariables / SetVariables limits a station reported: its
 * DeviceDataCtrlr ItemsPerMessage and BytesPerMessage variables with
 * instance GetVariables or SetVariables, from GetVariables results (or
 * report data shaped alike).
 */
export function limitsFromResults(results: readonly ResultLike[], action: 'GetVariables' | 'SetVariables'): MessageLimits {
  let itemsPerMessage: number | undefined;
  let bytesPerMessage: number | undefined;
  for (const r of results) {
    if (r.attributeStatus !== 'Accepted' || r.component.name !== 'DeviceDataCtrlr' || r.variable.instance !== action || (r.attributeType ?? 'Actual') !== 'Actual') continue;
    const value = Number(r.attributeValue);
    if (!Number.isInteger(value) || value <= 0) continue;
    if (r.variable.name === 'ItemsPerMessage') itemsPerMessage = value;
    if (r.variable.name === 'BytesPerMessage') bytesPerMessage = value;
  }
  return { ...(itemsPerMessage !== undefined && { itemsPerMessage }), ...(bytesPerMessage !== undefined && { bytesPerMessage }) };
}

/** The GetVariables request that asks a station for its limits of both actions. */
export const limitsRequest = {
  getVariableData: (['GetVariables', 'SetVariables'] as const).flatMap((instance) =>
    (['ItemsPerMessage', 'BytesPerMessage'] as const).map((name) => ({ component: { name: 'DeviceDataCtrlr' }, variable: { name, instance } })),
  ),
};

/**
 * Sends each batch with `call`, one after another, and answers the
 * results of all, in the order of the items (the `resultKey` list of each
 * response: getVariableResult, setVariableResult, configurationKey...).
 */
export async function sendInBatches<P, K extends string, R>(
  batches: readonly P[],
  call: (payload: P) => Promise<{ readonly [key in K]?: readonly R[] }>,
  resultKey: K,
): Promise<R[]> {
  const results: R[] = [];
  for (const batch of batches) results.push(...((await call(batch))[resultKey] ?? []));
  return results;
}
