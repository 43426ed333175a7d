/**
 * The dashboard's files: the page and its scripts (public/, copied next to
 * this module by the build, with the vendored Preact and htm), and the
 * library's own compiled version modules (validators and the model as
 * data), which run in a browser as they are. Only names matching a strict
 * pattern are served, so no request can reach outside these folders.
 */
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** public/ beside this module (dist/src/cli/dashboard/public after the build). */
const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
/** The compiled library (dist/src). */
const LIBRARY_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** A file of public/: plain names, one optional folder (vendor/). */
const ASSET = /^(?:[a-z]+\/)?[a-z][a-z0-9.-]*\.(?:html|js|mjs|css|svg)$/;
/** A module of a version folder or of the schema runtime (never the schema compiler, which reads files). */
const LIBRARY = /^(?:v16|v201|v21|schema)\/(?:generated\/)?[a-z][a-z0-9-]*\.js$/;

/** Where a dashboard path's file is; undefined when the path names none. */
export function staticFile(kind: 'asset' | 'library', name: string): string | undefined {
  if (name.includes('..')) return undefined;
  if (kind === 'asset') return ASSET.test(name) ? PUBLIC_DIR + name : undefined;
  return LIBRARY.test(name) ? LIBRARY_DIR + name : undefined;
}

const cache = new Map<string, Buffer>();

/** Sends a file (cached in memory: the files do not change while running); 404 when missing. */
export async function sendFile(res: ServerResponse, path: string, head: boolean): Promise<void> {
  let body = cache.get(path);
  if (body === undefined) {
    try {
      body = await readFile(path);
    } catch {
      const text = `${JSON.stringify({ error: 'no such file' })}\n`;
      res.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
      res.end(text);
      return;
    }
    cache.set(path, body);
  }
  const ext = path.slice(path.lastIndexOf('.'));
  res.writeHead(200, {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    // The page loads only its own scripts and styles, and talks only to this server.
    'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(head ? undefined : body);
}
