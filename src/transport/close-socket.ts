/**
 * Closing a WebSocket for sure: with a close frame, and cut when the peer
 * does not finish the closing handshake in time.
 */
import type { WebSocket } from 'ws';
import { CLOSED, CONNECTING } from './ws-module.js';

/**
 * Closes `ws` with `code` and `reason`; resolves once it is closed, or once
 * it was cut after `timeoutMs`. A socket still connecting is cut at once:
 * an abandoned handshake may have lost its listeners, so no 'close' would
 * come.
 */
export function closeSocket(ws: WebSocket, code: number, reason: string, timeoutMs = 5000): Promise<void> {
  if (ws.readyState === CLOSED) return Promise.resolve();
  if (ws.readyState === CONNECTING) {
    ws.terminate();
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      ws.terminate();
      resolve();
    }, timeoutMs);
    timer.unref();
    ws.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    ws.close(code, reason);
  });
}
