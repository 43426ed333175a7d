/**
 * What a CSMS keeps about its stations and their transactions, version-
 * neutral, and the two store interfaces over it: the registration store
 * (stations, passwords, idTokens, transactions, meter data), so that a
 * restarted CSMS knows its stations, and the transaction-record store
 * behind exactly-once handling of transaction messages. `CsmsStore` is
 * both, as the in-memory and SQLite stores implement them: the effects of a
 * transaction message and the record that it was handled are written in
 * one step, which is what makes "exactly once" hold across a crash.
 */

/** A station's registration status as the CSMS last answered it (B01-B03); Unknown before any BootNotification. */
export type RegistrationState = 'Unknown' | 'Pending' | 'Accepted' | 'Rejected';

/** One station as the CSMS knows it. */
export interface StationRecord {
  /** The identity from the connection URL. */
  readonly identity: string;
  /** The status of the last BootNotification answer. */
  readonly registration: RegistrationState;
  /** The Basic auth password as `hashPassword` made it (never the password). */
  readonly passwordHash?: string;
  /** The subprotocol of the last connection (ocpp1.6, ocpp2.0.1, ocpp2.1). */
  readonly protocol?: string;
  /** The security profile of the last connection. */
  readonly securityProfile?: number;
  /** The last BootNotification request, as received. */
  readonly boot?: unknown;
  /** BootNotifications received. */
  readonly boots: number;
  /** ISO 8601 times. */
  readonly firstSeen: string;
  /** When the station last connected or sent a message (ISO 8601). */
  readonly lastSeen: string;
  /** When it last sent a BootNotification (ISO 8601). */
  readonly lastBoot?: string;
}

/** One authorization identifier (2.x idToken with its type; a 1.6 idTag has type ''). */
export interface IdTokenRecord {
  /** The identifier (2.x idToken, 1.6 idTag). */
  readonly idToken: string;
  /** 2.x IdTokenEnumType; '' for a 1.6 idTag. */
  readonly type: string;
  /** The status answered for it (Accepted, Blocked, Expired, Invalid...). */
  readonly status: string;
  /** The group it belongs to (2.x groupIdToken, 1.6 parentIdTag). */
  readonly groupIdToken?: string;
  /** ISO 8601. */
  readonly expiryDate?: string;
}

/** One transaction as the CSMS knows it from the messages applied so far. */
export interface TransactionRecord {
  /** The identity of the station it runs on. */
  readonly stationId: string;
  /** 2.x: the station's transactionId; 1.6: the CSMS's integer, as decimal text. */
  readonly transactionId: string;
  /** Active until its Ended event (1.6: StopTransaction) is applied. */
  readonly state: 'Active' | 'Ended';
  /** The EVSE (1.6: the connector id). */
  readonly evseId?: number;
  /** The connector on that EVSE (1.6: 1). */
  readonly connectorId?: number;
  /** The idToken (2.x) or idTag (1.6) that started it. */
  readonly idToken?: string;
  /** Times from the messages (ISO 8601). */
  readonly startedAt?: string;
  /** When it ended (ISO 8601), once it has. */
  readonly endedAt?: string;
  /** Why it ended (2.x stoppedReason, 1.6 reason), as sent. */
  readonly stoppedReason?: string;
  /** The last charging state reported (2.x). */
  readonly chargingState?: string;
  /** 1.6 meterStart and meterStop (Wh). */
  readonly meterStartWh?: number;
  /** 1.6 meterStop (Wh). */
  readonly meterStopWh?: number;
  /** 2.x: the seqNo of the Started event, and of the Ended one. */
  readonly startedSeqNo?: number;
  /** 2.x: the seqNo of the Ended event. */
  readonly endedSeqNo?: number;
  /** 2.x: the highest seqNo applied. */
  readonly lastSeqNo?: number;
  /** Messages applied to it. */
  readonly messages: number;
  /** ISO 8601: when the last message was applied. */
  readonly updatedAt: string;
}

/** One meter reading (a MeterValue with all its sampled values), as received. */
export interface MeterValueRecord {
  /** The station that sent it. */
  readonly stationId: string;
  /** The transaction it belongs to; absent outside transactions. */
  readonly transactionId?: string;
  /** The EVSE (1.6: the connector id; 0: the station's main meter). */
  readonly evseId?: number;
  /** The connector on that EVSE, when the message names one. */
  readonly connectorId?: number;
  /** ISO 8601, as the station sent it. */
  readonly timestamp: string;
  /** The sampled values as received (their shape is the version's). */
  readonly sampledValue: readonly unknown[];
}

/** Which transactions to list. */
export interface TransactionFilter {
  /** Only this station's transactions. */
  readonly stationId?: string;
  /** Only active, or only ended, transactions. */
  readonly state?: 'Active' | 'Ended';
}

/** Stations, passwords, idTokens, transactions and meter data: what a restarted CSMS must still know. */
export interface CsmsRegistrationStore {
  /** One station, or undefined when it was never saved. */
  station(identity: string): Promise<StationRecord | undefined>;
  /** Every station saved. */
  stations(): Promise<StationRecord[]>;
  /** Inserts or replaces a station. */
  saveStation(record: StationRecord): Promise<void>;
  /** Forgets a station (its transactions and meter data stay). */
  deleteStation(identity: string): Promise<boolean>;
  /** `type` '' (the default) is a 1.6 idTag. */
  idToken(idToken: string, type?: string): Promise<IdTokenRecord | undefined>;
  /** Every idToken saved. */
  idTokens(): Promise<IdTokenRecord[]>;
  /** Inserts or replaces an idToken (keyed by idToken and type). */
  saveIdToken(record: IdTokenRecord): Promise<void>;
  /** Forgets an idToken; resolves false when there was none. */
  deleteIdToken(idToken: string, type?: string): Promise<boolean>;
  /** One transaction's record, or undefined. */
  transaction(stationId: string, transactionId: string): Promise<TransactionRecord | undefined>;
  /** The transactions the filter lets through (all without one). */
  transactions(filter?: TransactionFilter): Promise<TransactionRecord[]>;
  /** Meter values of one transaction, or those a station sent outside transactions (transactionId undefined), in arrival order. */
  meterValues(stationId: string, transactionId?: string): Promise<MeterValueRecord[]>;
  /** Stores meter values that are no transaction message (2.x MeterValues, 1.6 MeterValues of the whole station). */
  addMeterValues(records: readonly MeterValueRecord[]): Promise<void>;
}

/** What a transaction message does to the records, version-neutral (see effects.ts). */
export interface TransactionEffect {
  /** Identifies the message within its station: a retry has the same key (see keys in effects.ts). */
  readonly key: string;
  /** A fingerprint of the payload, to tell a retry from a different message reusing a key. */
  readonly fingerprint: string;
  /** The action of the message (TransactionEvent, StartTransaction, ...). */
  readonly action: string;
  /** What it does to its transaction: starts, updates or ends it, or adds meter values only. */
  readonly kind: 'started' | 'updated' | 'ended' | 'meterValues';
  /** undefined for a 1.6 StartTransaction: the store assigns the id (see `commit`). */
  readonly transactionId: string | undefined;
  /** 2.x: the event's seqNo. */
  readonly seqNo?: number;
  /** The message's time (ISO 8601), as sent. */
  readonly timestamp: string;
  /** The EVSE it names (1.6: the connector id). */
  readonly evseId?: number;
  /** The connector on that EVSE, when it names one. */
  readonly connectorId?: number;
  /** The idToken (2.x) or idTag (1.6) it carries. */
  readonly idToken?: string;
  /** 1.6 StartTransaction's meterStart (Wh). */
  readonly meterStartWh?: number;
  /** 1.6 StopTransaction's meterStop (Wh). */
  readonly meterStopWh?: number;
  /** Why the transaction ended (ended messages). */
  readonly stoppedReason?: string;
  /** The charging state it reports (2.x). */
  readonly chargingState?: string;
  /** The meter values it carries, each with its sampled values as received. */
  readonly meterValues: readonly { readonly timestamp: string; readonly sampledValue: readonly unknown[] }[];
}

/** A transaction message already handled: its answer as sent. */
export interface RecordedMessage {
  /** The message's key within its station (see TransactionEffect.key). */
  readonly key: string;
  /** The fingerprint of the payload first handled under the key. */
  readonly fingerprint: string;
  /** The transaction it belonged to (for a 1.6 StartTransaction: the id assigned). */
  readonly transactionId: string | undefined;
  /** 2.x: the event's seqNo. */
  readonly seqNo: number | undefined;
  /** The answer sent, to send again to a retry. */
  readonly answer: unknown;
  /** ms since the epoch. */
  readonly recordedAt: number;
}

/** What `commit` did. */
export interface CommitResult {
  /** The answer to send: the one given, or, for a duplicate, the one recorded first. */
  readonly answer: unknown;
  /** The message had been handled before: nothing was applied. */
  readonly duplicate: boolean;
  /** The fingerprint recorded with the key (differs from the effect's when a key was reused for other content). */
  readonly fingerprint: string;
  /** The transaction after the message (undefined only for messages outside transactions). */
  readonly transaction: TransactionRecord | undefined;
}

/** Exactly-once bookkeeping of transaction messages. */
export interface TransactionRecordStore {
  /** The record of a message handled before, if any. */
  recorded(stationId: string, key: string): Promise<RecordedMessage | undefined>;
  /**
   * In one atomic step: if `effect.key` was recorded for the station, only
   * report the recorded answer; otherwise apply the effect to the
   * transaction and meter records and record the key with `answer`. For a
   * 1.6 StartTransaction (transactionId undefined, kind 'started') the
   * store assigns a new integer transactionId, unique in the store, and
   * sets it as `transactionId` of the recorded answer. Resolves once all of
   * it is durable.
   */
  commit(stationId: string, effect: TransactionEffect, answer: unknown): Promise<CommitResult>;
  /** The record of one transaction. */
  transaction(stationId: string, transactionId: string): Promise<TransactionRecord | undefined>;
  /** The seqNos recorded for a transaction, ascending. */
  seqNos(stationId: string, transactionId: string): Promise<number[]>;
  /** Forgets the records of messages recorded before `before` (ms since the epoch) whose transaction has ended (or that had none); resolves with how many. */
  pruneRecorded(before: number): Promise<number>;
}

/** Both CSMS stores over one database. */
export interface CsmsStore extends CsmsRegistrationStore, TransactionRecordStore {
  /** Releases the store; later calls fail with StoreClosedError. */
  close(): Promise<void>;
}
