/**
 * Reading a JSON request body for the command line's HTTP APIs, bounded in
 * size and in depth (the same depth the library accepts from a peer), so a
 * body can neither fill memory nor overflow the stack of whatever walks it.
 */
import type { IncomingMessage } from 'node:http';
import { DEFAULT_MAX_DEPTH, depthWithin } from '../lib.js';

export interface JsonBodyLimits {
  /** Largest body, bytes. Default 1 MiB. */
  readonly maxBytes?: number;
  /** Deepest nesting of arrays and objects. Default DEFAULT_MAX_DEPTH (64). */
  readonly maxDepth?: number;
}

/** The parsed body (undefined when it is empty), or the HTTP status and reason to refuse it with. */
export type JsonBody = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly status: number; readonly error: string };

export const DEFAULT_MAX_BODY = 1024 * 1024;

/** Reads and parses the body; 413 when too large (the connection is then closed), 400 when not JSON or too deep. */
export function readJsonBody(req: IncomingMessage, limits: JsonBodyLimits = {}): Promise<JsonBody> {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BODY;
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: JsonBody): void => {
      if (done) return;
      done = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBytes) {
        // Stop reading: the rest is not wanted, and the answer closes the connection.
        req.pause();
        finish({ ok: false, status: 413, error: `the body is larger than ${maxBytes} bytes` });
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => finish({ ok: false, status: 400, error: 'the body could not be read' }));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return finish({ ok: true, value: undefined });
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return finish({ ok: false, status: 400, error: 'the body is not valid JSON' });
      }
      if (!depthWithin(value, maxDepth)) return finish({ ok: false, status: 400, error: `the body nests arrays and objects deeper than ${maxDepth} levels` });
      finish({ ok: true, value });
    });
  });
}
