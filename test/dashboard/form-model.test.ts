/**
 * The send form of the dashboard starts every action from a payload built
 * out of the version's model as data (form.js `skeleton`): for every action
 * a CSMS sends, in 1.6, 2.0.1 and 2.1, that first payload must already pass
 * the version's validators, so the form opens valid and each problem shown
 * is one the operator made. The page's module runs here in Node as it does
 * in the browser.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { v16 } from '../../src/v16/index.js';
import { model as model16 } from '../../src/v16/model.js';
import { v201 } from '../../src/v201/index.js';
import { model as model201 } from '../../src/v201/model.js';
import { v21 } from '../../src/v21/index.js';
import { model as model21 } from '../../src/v21/model.js';
import type { AnyVersion } from '../../src/v201/index.js';
import type { FieldSchema, ModelDescription } from '../../src/v201/model.js';

type Skeleton = (model: ModelDescription, field: FieldSchema) => unknown;

async function skeletonOf(): Promise<Skeleton> {
  // Where the build puts the page's files (dist/src/cli/dashboard/public).
  const url = new URL('../../src/cli/dashboard/public/form.js', import.meta.url);
  return ((await import(url.href)) as { skeleton: Skeleton }).skeleton;
}

describe('the send form\'s first payload', () => {
  for (const [version, model] of [
    [v16, model16],
    [v201, model201],
    [v21, model21],
  ] as [AnyVersion, ModelDescription][]) {
    it(`is a valid request for every action a CSMS sends in OCPP ${version.version}`, async () => {
      const skeleton = await skeletonOf();
      const table = version.actionTable as Record<string, { direction: string }>;
      const actions = Object.keys(table).filter((a) => table[a]!.direction !== 'StationToCsms');
      assert.ok(actions.length >= 20, `${actions.length} actions`);
      const invalid: string[] = [];
      for (const action of actions) {
        const payload = skeleton(model, { type: 'object', ref: model.actions[action]!.request });
        const result = version.validate(action, 'request', payload)!;
        if (!result.ok) invalid.push(`${action}: ${result.errors.map((e) => `${e.pointer} ${e.code} ${e.reason}`).join('; ')}`);
      }
      assert.deepEqual(invalid, []);
    });
  }
});
