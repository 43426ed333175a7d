/**
 * The set of message ids an endpoint is answering behaves as a Set of
 * strings, whatever the sequence of adds, deletes and clears (growth,
 * deletion marks, emptying and refilling included), and the endpoint built
 * on it refuses a CALL id already being handled (Part 4, 4.2.3) among
 * thousands in flight, and accepts the id again once it was answered.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { IdSet } from '../../src/rpc/id-set.js';
import { Csms } from '../../src/roles/csms.js';
import { v201 } from '../../src/v201/index.js';

type Op = { op: 'add' | 'delete' | 'has'; id: string } | { op: 'clear' };

// Few distinct ids (so operations meet each other), and ids that share prefixes and lengths.
const idArb = fc.oneof(
  fc.constantFrom('', 'a', 'b', 'ab', 'ba', 'msg-1', 'msg-2', 'msg-10', '\u0000', 'é', '😀'),
  fc.nat(300).map((n) => `id-${n}`),
  fc.string({ maxLength: 36 }),
);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('add' as const), id: idArb }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('delete' as const), id: idArb }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('has' as const), id: idArb }) },
  { weight: 1, arbitrary: fc.constant({ op: 'clear' as const }) },
);

test('IdSet answers as a Set of strings for any sequence of operations', () => {
  fc.assert(
    fc.property(fc.array(opArb, { maxLength: 600 }), (ops) => {
      const ids = new IdSet();
      const model = new Set<string>();
      for (const o of ops) {
        if (o.op === 'clear') {
          ids.clear();
          model.clear();
        } else if (o.op === 'add') {
          ids.add(o.id);
          model.add(o.id);
        } else if (o.op === 'delete') {
          assert.equal(ids.delete(o.id), model.delete(o.id));
        } else {
          assert.equal(ids.has(o.id), model.has(o.id));
        }
        assert.equal(ids.size, model.size);
      }
      for (const id of model) assert.ok(ids.has(id));
    }),
    { numRuns: 300 },
  );
});

test('IdSet: thousands in, all out, refilled: every answer exact, the hash given back to delete', () => {
  const ids = new IdSet();
  for (let round = 0; round < 3; round++) {
    const hashes = new Map<string, number>();
    for (let i = 0; i < 5000; i++) hashes.set(`r${round}-${i}`, ids.add(`r${round}-${i}`));
    assert.equal(ids.size, 5000);
    assert.ok(!ids.has(`r${round}-5000`));
    // Delete every other one, then check both halves.
    for (let i = 0; i < 5000; i += 2) assert.ok(ids.delete(`r${round}-${i}`, hashes.get(`r${round}-${i}`)));
    for (let i = 0; i < 5000; i++) assert.equal(ids.has(`r${round}-${i}`), i % 2 === 1);
    for (let i = 1; i < 5000; i += 2) assert.ok(ids.delete(`r${round}-${i}`));
    assert.equal(ids.size, 0);
    assert.ok(!ids.delete(`r${round}-1`));
  }
});

test('4.2.3: among 3,000 CALLs in flight, a repeated id is refused and the others answered; the id is free again once answered', async () => {
  const csms = new Csms(v201, {
    registration: { initialStatus: 'Accepted' },
    handlers: { Heartbeat: async () => ({ currentTime: '2024-05-01T12:00:00Z' }) },
  });
  const out: unknown[][] = [];
  csms.attach((text) => out.push(JSON.parse(text) as unknown[]));
  for (let i = 0; i < 3000; i++) csms.receive(`[2,"hb-${i}","Heartbeat",{}]`);
  assert.equal(csms.endpoint.handlingCount, 3000);
  csms.receive('[2,"hb-1234","Heartbeat",{}]');
  assert.deepEqual(out, [[4, 'hb-1234', 'RpcFrameworkError', 'a CALL with this message id is already being handled', {}]]);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(csms.endpoint.handlingCount, 0);
  assert.equal(out.length, 3001);
  const answered = new Set(out.slice(1).map((f) => f[1]));
  assert.equal(answered.size, 3000);
  for (const f of out.slice(1)) assert.equal(f[0], 3);
  out.length = 0;
  csms.receive('[2,"hb-1234","Heartbeat",{}]');
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(out, [[3, 'hb-1234', { currentTime: '2024-05-01T12:00:00Z' }]]);
  csms.close();
});
