/**
 * What the test CSMS knows and how it answers: stations (registration, boot
 * data, connector status, last heartbeat), transactions tracked per
 * transactionId (state, charging state, idToken, energy from the import
 * register, stopped reason), authorization against an allow-list or
 * accept-all, and the reports, events and meter values stations send. One
 * handler per station-to-CSMS action, each answering with a valid,
 * sensible response.
 */
import { EventEmitter } from 'node:events';
import type {
  AuthorizationStatusEnumType,
  ChargingStateEnumType,
  ChargingStationType,
  ConnectorStatusEnumType,
  CsmsHandlers,
  V201,
  IdTokenInfoType,
  IdTokenType,
  MeterValueType,
  ReasonEnumType,
  RegistrationStatusEnumType,
  ReportDataType,
  TransactionEventRequest,
} from '../lib.js';

/** What every handler's context carries (the transport's StationContext). */
export interface StationIdentityContext {
  readonly identity: string;
}

export interface CsmsConfig {
  /** The BootNotification answer. Default Accepted. */
  readonly bootStatus?: RegistrationStatusEnumType;
  /** Accept a station once it has booted this many times with another answer (Pending, then Accepted). */
  readonly acceptAfter?: number;
  /** Heartbeat interval given to accepted stations, s. Default 300. */
  readonly heartbeatIntervalS?: number;
  /** Retry interval given with Pending and Rejected, s. Default 30. */
  readonly retryIntervalS?: number;
  /** idToken -> status; undefined accepts every idToken. */
  readonly idTokens?: ReadonlyMap<string, AuthorizationStatusEnumType>;
}

export interface ConnectorRecord {
  readonly evseId: number;
  readonly connectorId: number;
  status: ConnectorStatusEnumType;
  timestamp: string;
}

export interface StationRecord {
  readonly identity: string;
  connected: boolean;
  registration: RegistrationStatusEnumType | 'Unknown';
  boots: number;
  chargingStation: ChargingStationType | undefined;
  bootReason: string | undefined;
  firstSeen: string;
  lastSeen: string;
  lastHeartbeat: string | undefined;
  securityProfile: number | undefined;
  readonly connectors: Map<string, ConnectorRecord>;
  /** NotifyReport data by requestId. */
  readonly reports: Map<number, ReportDataType[]>;
  events: number;
  readonly securityEvents: { type: string; timestamp: string }[];
  meterValues: number;
  lastMeterValue: MeterValueType | undefined;
}

export interface TransactionRecord {
  readonly transactionId: string;
  readonly station: string;
  state: 'Active' | 'Ended';
  evseId: number | undefined;
  connectorId: number | undefined;
  chargingState: ChargingStateEnumType | undefined;
  idToken: IdTokenType | undefined;
  remoteStartId: number | undefined;
  startedAt: string;
  updatedAt: string;
  endedAt: string | undefined;
  stoppedReason: ReasonEnumType | undefined;
  meterStartWh: number | undefined;
  meterLastWh: number | undefined;
  /** Energy delivered so far, Wh: the last import register reading minus the first. */
  energyWh: number;
  powerW: number | undefined;
  soc: number | undefined;
  lastSeqNo: number;
  events: number;
  lastTrigger: string;
}

export interface CsmsStateEvents {
  transactionStarted: [TransactionRecord];
  transactionEnded: [TransactionRecord];
  /** Periodic meter values of a running transaction arrived. */
  transactionMetered: [TransactionRecord];
  booted: [StationRecord, RegistrationStatusEnumType];
}

/** Reads the energy import register (Wh) of a meter value, with units and multipliers applied. */
export function registerWh(values: readonly MeterValueType[] | undefined): number | undefined {
  return reading(values, 'Energy.Active.Import.Register', { Wh: 1, kWh: 1000 });
}

function reading(values: readonly MeterValueType[] | undefined, measurand: string, units: Record<string, number>): number | undefined {
  let found: number | undefined;
  for (const mv of values ?? []) {
    for (const sv of mv.sampledValue) {
      if ((sv.measurand ?? 'Energy.Active.Import.Register') !== measurand || sv.phase !== undefined) continue;
      const unit = sv.unitOfMeasure?.unit ?? (measurand.startsWith('Energy') ? 'Wh' : measurand.startsWith('Power') ? 'W' : '');
      const factor = (units[unit] ?? 1) * 10 ** (sv.unitOfMeasure?.multiplier ?? 0);
      found = sv.value * factor;
    }
  }
  return found;
}

export class CsmsState extends EventEmitter<CsmsStateEvents> {
  readonly stations = new Map<string, StationRecord>();
  readonly transactions = new Map<string, TransactionRecord>();
  private readonly config: CsmsConfig;

  constructor(config: CsmsConfig = {}) {
    super();
    this.config = config;
  }

  station(identity: string): StationRecord {
    let s = this.stations.get(identity);
    if (s === undefined) {
      const now = new Date().toISOString();
      s = {
        identity,
        connected: false,
        registration: 'Unknown',
        boots: 0,
        chargingStation: undefined,
        bootReason: undefined,
        firstSeen: now,
        lastSeen: now,
        lastHeartbeat: undefined,
        securityProfile: undefined,
        connectors: new Map(),
        reports: new Map(),
        events: 0,
        securityEvents: [],
        meterValues: 0,
        lastMeterValue: undefined,
      };
      this.stations.set(identity, s);
    }
    return s;
  }

  connected(identity: string, securityProfile?: number): void {
    const s = this.station(identity);
    s.connected = true;
    s.lastSeen = new Date().toISOString();
    if (securityProfile !== undefined) s.securityProfile = securityProfile;
  }

  disconnected(identity: string): void {
    const s = this.stations.get(identity);
    if (s !== undefined) s.connected = false;
  }

  /** C01: the allow-list's verdict, or Accepted for everyone without a list. */
  idTokenInfo(idToken: IdTokenType): IdTokenInfoType {
    if (idToken.type === 'NoAuthorization') return { status: 'Accepted' };
    const list = this.config.idTokens;
    if (list === undefined) return { status: 'Accepted' };
    return { status: list.get(idToken.idToken) ?? 'Unknown' };
  }

  /** Every handler (OCPP 2.0.1); bind with `server.handlers('2.0.1', state.handlers())`. */
  handlers(): CsmsHandlers<V201, StationIdentityContext> {
    const seen = (ctx: StationIdentityContext): StationRecord => {
      const s = this.station(ctx.identity);
      s.lastSeen = new Date().toISOString();
      return s;
    };
    const now = (): string => new Date().toISOString();
    return {
      BootNotification: (request, ctx) => {
        const s = seen(ctx);
        s.boots++;
        s.chargingStation = request.chargingStation;
        s.bootReason = request.reason;
        let status = this.config.bootStatus ?? 'Accepted';
        if (status !== 'Accepted' && this.config.acceptAfter !== undefined && s.boots > this.config.acceptAfter) status = 'Accepted';
        s.registration = status;
        this.emit('booted', s, status);
        const interval = status === 'Accepted' ? (this.config.heartbeatIntervalS ?? 300) : (this.config.retryIntervalS ?? 30);
        return { currentTime: now(), interval, status };
      },
      Heartbeat: (_request, ctx) => {
        seen(ctx).lastHeartbeat = now();
        return { currentTime: now() };
      },
      StatusNotification: (request, ctx) => {
        const s = seen(ctx);
        s.connectors.set(`${request.evseId}/${request.connectorId}`, {
          evseId: request.evseId,
          connectorId: request.connectorId,
          status: request.connectorStatus,
          timestamp: request.timestamp,
        });
        return {};
      },
      Authorize: (request, ctx) => {
        seen(ctx);
        return { idTokenInfo: this.idTokenInfo(request.idToken) };
      },
      TransactionEvent: (request, ctx) => {
        seen(ctx);
        this.transactionEvent(ctx.identity, request);
        return request.idToken !== undefined ? { idTokenInfo: this.idTokenInfo(request.idToken) } : {};
      },
      MeterValues: (request, ctx) => {
        const s = seen(ctx);
        s.meterValues++;
        s.lastMeterValue = request.meterValue[request.meterValue.length - 1];
        return {};
      },
      NotifyReport: (request, ctx) => {
        const s = seen(ctx);
        const list = s.reports.get(request.requestId) ?? [];
        list.push(...(request.reportData ?? []));
        s.reports.set(request.requestId, list);
        return {};
      },
      NotifyEvent: (_request, ctx) => {
        seen(ctx).events++;
        return {};
      },
      SecurityEventNotification: (request, ctx) => {
        const s = seen(ctx);
        s.securityEvents.push({ type: request.type, timestamp: request.timestamp });
        if (s.securityEvents.length > 100) s.securityEvents.shift();
        return {};
      },
      DataTransfer: (request, ctx) => {
        seen(ctx);
        return request.vendorId === 'ocpp-model' ? { status: 'Accepted', ...(request.data !== undefined && { data: request.data }) } : { status: 'UnknownVendorId' };
      },
      FirmwareStatusNotification: (_r, ctx) => (seen(ctx), {}),
      LogStatusNotification: (_r, ctx) => (seen(ctx), {}),
      NotifyMonitoringReport: (_r, ctx) => (seen(ctx), {}),
      NotifyCustomerInformation: (_r, ctx) => (seen(ctx), {}),
      NotifyDisplayMessages: (_r, ctx) => (seen(ctx), {}),
      NotifyChargingLimit: (_r, ctx) => (seen(ctx), {}),
      ClearedChargingLimit: (_r, ctx) => (seen(ctx), {}),
      ReportChargingProfiles: (_r, ctx) => (seen(ctx), {}),
      ReservationStatusUpdate: (_r, ctx) => (seen(ctx), {}),
      PublishFirmwareStatusNotification: (_r, ctx) => (seen(ctx), {}),
      NotifyEVChargingSchedule: (_r, ctx) => (seen(ctx), { status: 'Accepted' }),
      // No smart charging here: the EV's needs are noted and no schedule follows.
      NotifyEVChargingNeeds: (_r, ctx) => (seen(ctx), { status: 'Rejected', statusInfo: { reasonCode: 'UnsupportedRequest', additionalInfo: 'this CSMS does no smart charging' } }),
      // No PKI here: certificate requests are refused.
      SignCertificate: (_r, ctx) => (seen(ctx), { status: 'Rejected', statusInfo: { reasonCode: 'UnsupportedRequest', additionalInfo: 'this CSMS signs no certificates' } }),
      GetCertificateStatus: (_r, ctx) => (seen(ctx), { status: 'Failed', statusInfo: { reasonCode: 'UnsupportedRequest' } }),
      Get15118EVCertificate: (_r, ctx) => (seen(ctx), { status: 'Failed', statusInfo: { reasonCode: 'UnsupportedRequest' }, exiResponse: '' }),
    };
  }

  /** E01-E07, E08 (seqNo), J02: one TransactionEvent into the transaction's record. */
  transactionEvent(identity: string, request: TransactionEventRequest): TransactionRecord {
    const info = request.transactionInfo;
    let tx = this.transactions.get(info.transactionId);
    const isNew = tx === undefined;
    if (tx === undefined) {
      tx = {
        transactionId: info.transactionId,
        station: identity,
        state: 'Active',
        evseId: undefined,
        connectorId: undefined,
        chargingState: undefined,
        idToken: undefined,
        remoteStartId: undefined,
        startedAt: request.timestamp,
        updatedAt: request.timestamp,
        endedAt: undefined,
        stoppedReason: undefined,
        meterStartWh: undefined,
        meterLastWh: undefined,
        energyWh: 0,
        powerW: undefined,
        soc: undefined,
        lastSeqNo: request.seqNo,
        events: 0,
        lastTrigger: request.triggerReason,
      };
      this.transactions.set(info.transactionId, tx);
    }
    tx.events++;
    tx.lastTrigger = request.triggerReason;
    tx.lastSeqNo = Math.max(tx.lastSeqNo, request.seqNo);
    if (request.eventType === 'Started') tx.startedAt = request.timestamp;
    if (request.timestamp > tx.updatedAt) tx.updatedAt = request.timestamp;
    if (request.evse !== undefined) {
      tx.evseId = request.evse.id;
      if (request.evse.connectorId !== undefined) tx.connectorId = request.evse.connectorId;
    }
    if (info.chargingState !== undefined) tx.chargingState = info.chargingState;
    if (info.remoteStartId !== undefined) tx.remoteStartId = info.remoteStartId;
    if (request.idToken !== undefined && tx.idToken === undefined) tx.idToken = request.idToken;
    const wh = registerWh(request.meterValue);
    if (wh !== undefined) {
      if (tx.meterStartWh === undefined || wh < tx.meterStartWh) tx.meterStartWh = wh;
      if (tx.meterLastWh === undefined || wh > tx.meterLastWh) tx.meterLastWh = wh;
      tx.energyWh = Math.round(tx.meterLastWh - tx.meterStartWh);
    }
    const power = reading(request.meterValue, 'Power.Active.Import', { W: 1, kW: 1000 });
    if (power !== undefined) tx.powerW = power;
    const soc = reading(request.meterValue, 'SoC', {});
    if (soc !== undefined) tx.soc = soc;
    if (isNew) this.emit('transactionStarted', tx);
    if (request.triggerReason === 'MeterValuePeriodic' && tx.state === 'Active') this.emit('transactionMetered', tx);
    if (request.eventType === 'Ended' && tx.state !== 'Ended') {
      tx.state = 'Ended';
      tx.endedAt = request.timestamp;
      tx.stoppedReason = info.stoppedReason ?? 'Local';
      tx.powerW = 0;
      this.emit('transactionEnded', tx);
    }
    return tx;
  }

  /** Totals for a summary. */
  totals(): { stations: number; connected: number; accepted: number; transactions: number; active: number; ended: number; energyWh: number } {
    let connected = 0;
    let accepted = 0;
    for (const s of this.stations.values()) {
      if (s.connected) connected++;
      if (s.registration === 'Accepted') accepted++;
    }
    let active = 0;
    let energyWh = 0;
    for (const t of this.transactions.values()) {
      if (t.state === 'Active') active++;
      energyWh += t.energyWh;
    }
    return { stations: this.stations.size, connected, accepted, transactions: this.transactions.size, active, ended: this.transactions.size - active, energyWh };
  }

  /** A station as JSON for the operator API. */
  stationJson(s: StationRecord): Record<string, unknown> {
    return {
      identity: s.identity,
      connected: s.connected,
      registration: s.registration,
      boots: s.boots,
      chargingStation: s.chargingStation,
      bootReason: s.bootReason,
      securityProfile: s.securityProfile,
      firstSeen: s.firstSeen,
      lastSeen: s.lastSeen,
      lastHeartbeat: s.lastHeartbeat,
      connectors: [...s.connectors.values()].sort((a, b) => a.evseId - b.evseId || a.connectorId - b.connectorId),
      transactions: [...this.transactions.values()].filter((t) => t.station === s.identity && t.state === 'Active').map((t) => t.transactionId),
      reports: Object.fromEntries([...s.reports].map(([id, data]) => [String(id), data.length])),
      events: s.events,
      securityEvents: s.securityEvents.slice(-10),
      meterValues: s.meterValues,
      lastMeterValue: s.lastMeterValue,
    };
  }
}
