/**
 * The CSMS store's file format, and the mapping between its rows and the
 * records of ocpp-model/durable. Plain columns rather than JSON blobs where
 * the value is the CSMS's own, so an operator can query the file with any
 * SQLite tool; what the station sent as structured data (a BootNotification,
 * sampled values, an answer) is kept as JSON text.
 */
import { compact } from '../durable/csms/apply.js';
import type { IdTokenRecord, MeterValueRecord, RegistrationState, StationRecord, TransactionRecord } from '../durable/csms/records.js';
import type { SchemaSpec } from './open.js';

const SCHEMA = `
CREATE TABLE stations (
  identity TEXT PRIMARY KEY,
  registration TEXT NOT NULL,
  password_hash TEXT,
  protocol TEXT,
  security_profile INTEGER,
  boot TEXT,
  boots INTEGER NOT NULL DEFAULT 0,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  last_boot TEXT
) WITHOUT ROWID;
CREATE TABLE id_tokens (
  type TEXT NOT NULL,
  id_token TEXT NOT NULL,
  status TEXT NOT NULL,
  group_id_token TEXT,
  expiry_date TEXT,
  PRIMARY KEY (type, id_token)
) WITHOUT ROWID;
CREATE TABLE transactions (
  station TEXT NOT NULL,
  transaction_id TEXT NOT NULL,
  state TEXT NOT NULL,
  evse_id INTEGER,
  connector_id INTEGER,
  id_token TEXT,
  started_at TEXT,
  ended_at TEXT,
  stopped_reason TEXT,
  charging_state TEXT,
  meter_start_wh REAL,
  meter_stop_wh REAL,
  started_seq_no INTEGER,
  ended_seq_no INTEGER,
  last_seq_no INTEGER,
  messages INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (station, transaction_id)
) WITHOUT ROWID;
CREATE INDEX transactions_by_state ON transactions (state, station);
CREATE TABLE meter_values (
  id INTEGER PRIMARY KEY,
  station TEXT NOT NULL,
  transaction_id TEXT,
  evse_id INTEGER,
  connector_id INTEGER,
  timestamp TEXT NOT NULL,
  sampled_value TEXT NOT NULL
);
CREATE INDEX meter_values_by_transaction ON meter_values (station, transaction_id);
CREATE TABLE recorded (
  station TEXT NOT NULL,
  key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  transaction_id TEXT,
  seq_no INTEGER,
  answer TEXT NOT NULL,
  recorded_at INTEGER NOT NULL,
  PRIMARY KEY (station, key)
) WITHOUT ROWID;
CREATE INDEX recorded_by_transaction ON recorded (station, transaction_id, seq_no);
CREATE TABLE counters (
  name TEXT PRIMARY KEY,
  value INTEGER NOT NULL
) WITHOUT ROWID;
`;

/** The CSMS store's file format. */
export const csmsSchema: SchemaSpec = {
  kind: 'csms',
  description: 'a CSMS store',
  version: 1,
  create: (db) => db.exec(SCHEMA),
  migrate: [],
};

type Row = Readonly<Record<string, unknown>>;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : undefined);

export function stationFromRow(r: Row): StationRecord {
  return compact<StationRecord>({
    identity: String(r['identity']),
    registration: String(r['registration']) as RegistrationState,
    passwordHash: str(r['password_hash']),
    protocol: str(r['protocol']),
    securityProfile: num(r['security_profile']),
    boot: typeof r['boot'] === 'string' ? (JSON.parse(r['boot']) as unknown) : undefined,
    boots: num(r['boots']) ?? 0,
    firstSeen: String(r['first_seen']),
    lastSeen: String(r['last_seen']),
    lastBoot: str(r['last_boot']),
  });
}

export function stationParams(s: StationRecord): unknown[] {
  return [
    s.identity,
    s.registration,
    s.passwordHash ?? null,
    s.protocol ?? null,
    s.securityProfile ?? null,
    s.boot === undefined ? null : JSON.stringify(s.boot),
    s.boots,
    s.firstSeen,
    s.lastSeen,
    s.lastBoot ?? null,
  ];
}

export function idTokenFromRow(r: Row): IdTokenRecord {
  return compact<IdTokenRecord>({
    idToken: String(r['id_token']),
    type: String(r['type']),
    status: String(r['status']),
    groupIdToken: str(r['group_id_token']),
    expiryDate: str(r['expiry_date']),
  });
}

export function transactionFromRow(r: Row): TransactionRecord {
  return compact<TransactionRecord>({
    stationId: String(r['station']),
    transactionId: String(r['transaction_id']),
    state: r['state'] === 'Ended' ? 'Ended' : 'Active',
    evseId: num(r['evse_id']),
    connectorId: num(r['connector_id']),
    idToken: str(r['id_token']),
    startedAt: str(r['started_at']),
    endedAt: str(r['ended_at']),
    stoppedReason: str(r['stopped_reason']),
    chargingState: str(r['charging_state']),
    meterStartWh: num(r['meter_start_wh']),
    meterStopWh: num(r['meter_stop_wh']),
    startedSeqNo: num(r['started_seq_no']),
    endedSeqNo: num(r['ended_seq_no']),
    lastSeqNo: num(r['last_seq_no']),
    messages: num(r['messages']) ?? 0,
    updatedAt: String(r['updated_at']),
  });
}

export function transactionParams(t: TransactionRecord): unknown[] {
  return [
    t.stationId,
    t.transactionId,
    t.state,
    t.evseId ?? null,
    t.connectorId ?? null,
    t.idToken ?? null,
    t.startedAt ?? null,
    t.endedAt ?? null,
    t.stoppedReason ?? null,
    t.chargingState ?? null,
    t.meterStartWh ?? null,
    t.meterStopWh ?? null,
    t.startedSeqNo ?? null,
    t.endedSeqNo ?? null,
    t.lastSeqNo ?? null,
    t.messages,
    t.updatedAt,
  ];
}

export function meterValueFromRow(r: Row): MeterValueRecord {
  return compact<MeterValueRecord>({
    stationId: String(r['station']),
    transactionId: str(r['transaction_id']),
    evseId: num(r['evse_id']),
    connectorId: num(r['connector_id']),
    timestamp: String(r['timestamp']),
    sampledValue: JSON.parse(String(r['sampled_value'])) as unknown[],
  });
}
