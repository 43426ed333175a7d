/**
 * Starting and asking the node and station processes of the cluster test
 * and benchmark.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FromNode, ToNode } from './node-process.js';
import type { FromStations, ToStations } from './station-process.js';

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

/** A node process, listening. */
export interface NodeProcess {
  readonly id: string;
  readonly child: ChildProcess;
  readonly url: string;
}

let asked = 0;

/** Sends a question with a fresh id; resolves with the answer carrying that id. */
export function ask<A extends { id: number }>(child: ChildProcess, question: { readonly t: string; readonly [key: string]: unknown }, t: string): Promise<A> {
  const id = ++asked;
  return new Promise((resolve, reject) => {
    const onMessage = (m: { t: string; id?: number }): void => {
      if (m.t === t && m.id === id) {
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(m as unknown as A);
      }
    };
    const onExit = (): void => reject(new Error(`process exited before answering ${t}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send({ ...question, id });
  });
}

/** Starts a node process and waits until it listens. */
export function startNode(redisUrl: string, id: string, namespace: string, ttlMs: number, execArgv: string[] = []): Promise<NodeProcess> {
  const child = fork(here('./node-process.js'), [redisUrl, id, namespace, String(ttlMs)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`node ${id} exited with ${code}`)));
    child.on('message', (m: FromNode) => {
      if (m.t === 'ready') resolve({ id, child, url: `ws://127.0.0.1:${m.port}/ocpp` });
    });
  });
}

/** Calls DataTransfer on each target from one node. */
export async function callFrom(node: NodeProcess, targets: readonly string[], tag: string, timeoutMs = 10_000): Promise<Extract<FromNode, { t: 'called' }>['results']> {
  const q: Omit<Extract<ToNode, { t: 'call' }>, 'id'> = { t: 'call', targets, tag, timeoutMs };
  return (await ask<Extract<FromNode, { t: 'called' }>>(node.child, q, 'called')).results;
}

/** The cluster's station list, as one node reads it. */
export async function stationsOf(node: NodeProcess): Promise<readonly { identity: string; node: string }[]> {
  return (await ask<Extract<FromNode, { t: 'stations' }>>(node.child, { t: 'stations' }, 'stations')).list;
}

/** A node's memory after a full GC (needs --expose-gc) and its connection count. */
export function memoryOf(node: NodeProcess): Promise<Extract<FromNode, { t: 'memory' }>> {
  return ask<Extract<FromNode, { t: 'memory' }>>(node.child, { t: 'memory' }, 'memory');
}

/** Starts the station process with these identities spread round-robin over `urls`. */
export function startStations(urls: readonly string[], identities: readonly string[]): ChildProcess {
  const child = fork(here('./station-process.js'), [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const start: ToStations = { t: 'start', urls, identities };
  child.send(start);
  return child;
}

/** The stations' counts. */
export function stationStats(child: ChildProcess): Promise<Extract<FromStations, { t: 'stats' }>> {
  return ask<Extract<FromStations, { t: 'stats' }>>(child, { t: 'stats' }, 'stats');
}

/** Polls `check` every 100 ms until it returns true, for at most `ms`. */
export async function poll(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}`);
}
