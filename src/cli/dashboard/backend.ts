/**
 * What the dashboard needs from a CSMS, and nothing more: stations with
 * their version and state, transactions, a stream of events (a station
 * changed, a frame went in or out with its verdict, a transaction changed)
 * and a way to send a station an action. The dashboard is built on this
 * interface alone, so any CSMS that can answer it gets the dashboard;
 * csms-backend.ts answers it for the CLI's test CSMS.
 */
import type { FrameDirection } from '../log/jsonl.js';

/** The versions a station can speak, as their subprotocols name them without the prefix. */
export type VersionName = '1.6' | '2.0.1' | '2.1';

/** One connector of a station and its last reported status (1.6: connectorId only, evseId 0). */
export interface ConnectorView {
  readonly evseId: number;
  readonly connectorId: number;
  readonly status: string;
  readonly timestamp: string;
}

/** A station as the dashboard shows it. */
export interface StationView {
  readonly identity: string;
  readonly version: VersionName | undefined;
  readonly connected: boolean;
  /** The answer to its last BootNotification, or 'Unknown' before one. */
  readonly registration: string;
  readonly securityProfile: number | undefined;
  readonly vendorName: string | undefined;
  readonly model: string | undefined;
  readonly firmwareVersion: string | undefined;
  readonly boots: number;
  readonly lastSeen: string;
  readonly lastHeartbeat: string | undefined;
  readonly connectors: readonly ConnectorView[];
}

/** A transaction as the dashboard shows it. */
export interface TransactionView {
  readonly transactionId: string;
  readonly station: string;
  readonly state: 'Active' | 'Ended';
  readonly evseId: number | undefined;
  readonly connectorId: number | undefined;
  readonly chargingState: string | undefined;
  readonly idToken: string | undefined;
  /** Energy delivered so far, Wh. */
  readonly energyWh: number;
  readonly powerW: number | undefined;
  readonly soc: number | undefined;
  readonly startedAt: string;
  readonly updatedAt: string;
  readonly endedAt: string | undefined;
  readonly stoppedReason: string | undefined;
}

/** One problem the validators found in a frame. */
export interface FrameIssue {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly pointer: string;
  readonly reason: string;
}

/** A frame as it passed, with the validators' verdict. */
export interface FrameView {
  readonly station: string;
  readonly direction: FrameDirection;
  /** ISO time it passed. */
  readonly time: string;
  /** 2 CALL, 3 CALLRESULT, 4 CALLERROR, 5 CALLRESULTERROR, 6 SEND; undefined when unreadable. */
  readonly messageType: number | undefined;
  readonly messageId: string | undefined;
  /** The CALL's action; for an answer, the action of the CALL it answers when known. */
  readonly action: string | undefined;
  /** The frame's text as sent (cut at 64 KiB). */
  readonly text: string;
  readonly valid: boolean;
  readonly issues: readonly FrameIssue[];
}

/** What happened: the dashboard pushes each to every open page. */
export type DashboardEvent =
  | { readonly type: 'station'; readonly station: StationView }
  | { readonly type: 'transaction'; readonly transaction: TransactionView }
  | { readonly type: 'frame'; readonly frame: FrameView };

/** The outcome of sending an action: the response, or why there is none. */
export type SendOutcome =
  | { readonly ok: true; readonly response: unknown }
  | {
      readonly ok: false;
      /** invalid: refused before sending; unknown/disconnected: no such station to send to; callError: the station answered one; timeout; failed: anything else. */
      readonly reason: 'invalid' | 'unknownAction' | 'unknownStation' | 'disconnected' | 'callError' | 'timeout' | 'failed';
      readonly message: string;
      readonly errors?: readonly FrameIssue[];
      readonly code?: string;
      readonly details?: unknown;
    };

/** The dashboard's view of a CSMS. */
export interface DashboardBackend {
  stations(): StationView[];
  transactions(): TransactionView[];
  /** Calls `listener` with every event from now on; returns the unsubscribe function. */
  subscribe(listener: (event: DashboardEvent) => void): () => void;
  /** Validates `payload` with the station's version (strict), then sends it as a CSMS-to-station CALL. */
  send(identity: string, action: string, payload: unknown): Promise<SendOutcome>;
}
