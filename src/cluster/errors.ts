/**
 * The errors of the cluster, and how a call's failure travels from the
 * node that ran it to the node that made it: as plain data, rebuilt there
 * as the same class a local call would have rejected with (OcppError and
 * its subclasses, CallTimeoutError, ConnectionLostError...), so code that
 * calls a station does not care where the station is connected.
 */
import { NotRegisteredError, type RegistrationStatus } from '../roles/registration.js';
import {
  CallTimeoutError,
  ConnectionLostError,
  createOcppError,
  EndpointClosedError,
  isErrorCode,
  OcppError,
  QueueFullError,
  type ErrorDetails,
} from '../rpc/errors.js';

/** What went wrong in the cluster itself: 'dependency' (the redis package is missing), 'redis' (cannot reach Redis), 'closed' (the cluster was left), 'options'. */
export type ClusterErrorCode = 'dependency' | 'redis' | 'closed' | 'options';

/** A failure of the cluster machinery itself, not of a call to a station. */
export class ClusterError extends Error {
  /** What kind of failure. */
  readonly code: ClusterErrorCode;
  constructor(code: ClusterErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
  override readonly name: string = 'ClusterError';
}

/**
 * No node of the cluster holds a connection of the station (nor a
 * behaviour kept for its return): the call was never sent anywhere.
 */
export class StationNotConnectedError extends Error {
  /** The action of the call that was not made. */
  readonly action: string;
  /** The station identity. */
  readonly identity: string;
  constructor(action: string, identity: string, why = 'no node of the cluster holds it') {
    super(`${action}: station ${identity} is not connected (${why}); the call was not sent`);
    this.action = action;
    this.identity = identity;
  }
  override readonly name: string = 'StationNotConnectedError';
}

/** The station is connected, but speaks another version than the one the call was typed for: the call was not sent. */
export class StationVersionError extends Error {
  /** The action of the call that was not made. */
  readonly action: string;
  /** The station identity. */
  readonly identity: string;
  /** The version the station speaks. */
  readonly stationVersion: string;
  constructor(action: string, identity: string, wanted: string, stationVersion: string) {
    super(`${action}: station ${identity} speaks OCPP ${stationVersion}, not ${wanted}; the call was not sent`);
    this.action = action;
    this.identity = identity;
    this.stationVersion = stationVersion;
  }
  override readonly name: string = 'StationVersionError';
}

/**
 * The node holding the station went away while it ran the call: its answer
 * can never come, and whether the station got the CALL is unknown. It is a
 * ConnectionLostError, as a local call whose connection drops gets; the
 * call is never run again by another node.
 */
export class NodeLostError extends ConnectionLostError {
  /** The node that was lost. */
  readonly node: string;
  constructor(action: string, node: string) {
    super(action, `node ${node}, which held the station, is gone; the CALL may or may not have reached the station and is not retried`);
    this.node = node;
  }
  override readonly name: string = 'NodeLostError';
}

/** A failure as it travels between nodes. */
export interface WireError {
  readonly name: string;
  readonly message: string;
  readonly action?: string;
  readonly code?: string;
  readonly description?: string;
  readonly details?: ErrorDetails;
  readonly timeoutMs?: number;
  readonly neverSent?: boolean;
  readonly maxQueue?: number;
  readonly status?: string;
  readonly identity?: string;
  readonly stationVersion?: string;
}

/** The data of a failure, for the node that made the call. */
export function toWire(err: unknown, action: string): WireError {
  if (err instanceof OcppError) return { name: err.name, message: err.message, code: err.code, description: err.description, details: err.details };
  if (err instanceof CallTimeoutError) return { name: err.name, message: err.message, action, timeoutMs: err.timeoutMs, neverSent: err.neverSent };
  if (err instanceof QueueFullError) return { name: err.name, message: err.message, action, maxQueue: err.maxQueue };
  if (err instanceof NotRegisteredError) return { name: err.name, message: err.message, action, status: err.status };
  if (err instanceof StationVersionError) return { name: err.name, message: err.message, action, identity: err.identity, stationVersion: err.stationVersion };
  if (err instanceof Error) return { name: err.name, message: err.message, action };
  return { name: 'Error', message: String(err), action };
}

/** The error a local call would have rejected with, rebuilt from its data. */
export function fromWire(w: WireError, action: string, identity: string, version: string): Error {
  switch (w.name) {
    case 'CallTimeoutError':
      return new CallTimeoutError(action, w.timeoutMs ?? 0, w.neverSent === true);
    case 'QueueFullError':
      return new QueueFullError(action, w.maxQueue ?? 0);
    case 'NotRegisteredError':
      return new NotRegisteredError(action, (w.status ?? 'Unknown') as RegistrationStatus, w.message);
    case 'EndpointClosedError':
      return Object.assign(new EndpointClosedError(action), { message: w.message });
    case 'ConnectionLostError':
      return Object.assign(new ConnectionLostError(action), { message: w.message });
    case 'StationNotConnectedError':
      return new StationNotConnectedError(action, identity, 'it moved while the call was routed');
    case 'StationVersionError':
      return new StationVersionError(action, identity, version, w.stationVersion ?? '?');
  }
  if (w.code !== undefined && isErrorCode(w.code)) return createOcppError(w.code, w.description ?? '', w.details ?? {});
  const err = new Error(w.message);
  err.name = w.name;
  return err;
}
