/**
 * The `ws` package, loaded on first use rather than on import: it pulls in
 * node's http, https, tls, crypto and zlib, about 50 ms of start-up that a
 * program importing `ocpp-model/transport` for a type or a helper, or a
 * command that never opens a socket, should not pay.
 */
import { createRequire } from 'node:module';
/** What `require('ws')` returns: the WebSocket class, with WebSocketServer beside it. */
type WsModule = typeof import('ws').default & { readonly WebSocketServer: typeof import('ws').WebSocketServer };

let loaded: WsModule | undefined;

/** The `ws` module (its WebSocket class, with WebSocketServer as a property). */
export function wsModule(): WsModule {
  return (loaded ??= createRequire(import.meta.url)('ws') as WsModule);
}

/** WebSocket readyState values (RFC 6455 states, as `ws` numbers them). */
export const CONNECTING = 0;
export const OPEN = 1;
export const CLOSED = 3;
