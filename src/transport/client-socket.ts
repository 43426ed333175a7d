/**
 * One connection attempt of the station client: the WebSocket with the
 * subprotocols, Basic auth and TLS settings of the options, and every way
 * the opening handshake can fail turned into one HandshakeError.
 */
import type { IncomingMessage } from 'node:http';
import type { ClientOptions, WebSocket } from 'ws';
import type { ChargingStationClientOptions } from './client-options.js';
import { classifyConnectError, HandshakeError, httpRefusal, readBody } from './errors.js';
import { basicAuthHeader } from './handshake.js';
import { DEFAULT_MAX_PAYLOAD } from './limits.js';
import { CLOSED, wsModule } from './ws-module.js';

/** Told once: the socket opened, or the attempt failed (the socket is then terminated). */
export interface AttemptCallbacks {
  readonly opened: (ws: WebSocket) => void;
  readonly failed: (ws: WebSocket, error: HandshakeError) => void;
}

/** The options one connection attempt reads. */
export type SocketOptions = Pick<ChargingStationClientOptions, 'identity' | 'password' | 'tls' | 'headers' | 'handshakeTimeoutMs' | 'maxPayload' | 'perMessageDeflate'>;

/** Starts one connection attempt; returns the socket, still CONNECTING. */
export function openSocket(url: string, protocols: readonly string[], o: SocketOptions, callbacks: AttemptCallbacks): WebSocket {
  const headers: Record<string, string> = { ...o.headers };
  if (o.password !== undefined) headers['Authorization'] = basicAuthHeader(o.identity, o.password);
  const tls = o.tls ?? {};
  const wsOptions: ClientOptions = {
    headers,
    handshakeTimeout: o.handshakeTimeoutMs ?? 30_000,
    maxPayload: o.maxPayload ?? DEFAULT_MAX_PAYLOAD,
    perMessageDeflate: o.perMessageDeflate ?? true,
    followRedirects: false,
    ...(tls.ca !== undefined && { ca: tls.ca as string | Buffer | (string | Buffer)[] }),
    ...(tls.cert !== undefined && { cert: tls.cert }),
    ...(tls.key !== undefined && { key: tls.key }),
    ...(tls.passphrase !== undefined && { passphrase: tls.passphrase }),
    ...(tls.servername !== undefined && { servername: tls.servername }),
    ...(tls.rejectUnauthorized !== undefined && { rejectUnauthorized: tls.rejectUnauthorized }),
  };
  const WebSocketClass = wsModule();
  const ws = new WebSocketClass(url, [...protocols], wsOptions);
  let settled = false;
  const fail = (error: HandshakeError): void => {
    if (settled) return;
    settled = true;
    ws.removeAllListeners();
    ws.on('error', () => undefined);
    if (ws.readyState !== CLOSED) ws.terminate();
    callbacks.failed(ws, error);
  };
  ws.on('unexpected-response', (req, res: IncomingMessage) => {
    readBody(res, 512).then((body) => {
      req.destroy();
      fail(httpRefusal(res.statusCode ?? 0, body));
    });
  });
  ws.on('error', (err) => fail(classifyConnectError(err)));
  ws.once('close', (code) => {
    if (!settled) fail(new HandshakeError('network', `the connection closed during the handshake (${code})`, { permanent: false }));
  });
  ws.once('open', () => {
    if (settled) return;
    settled = true;
    ws.removeAllListeners('unexpected-response');
    ws.removeAllListeners('error');
    ws.removeAllListeners('close');
    callbacks.opened(ws);
  });
  return ws;
}
