/**
 * What the test CSMS knows and how it answers, for stations of every
 * version: stations (version, registration, boot data, connector status,
 * last heartbeat), transactions (state, charging state, idToken, energy from
 * the import register, stop reason) in one shape whatever the version,
 * authorization against an allow-list or accept-all, and the reports,
 * events and meter values stations send. The messages every version has
 * come through the CSMS facade (ocpp-model/facade) as neutral messages; the
 * 2.x-only ones (NotifyReport, NotifyEvent, ...) have version handlers.
 */
import { EventEmitter } from 'node:events';
import { NeutralCsms, type AuthorizationStatusEnumType, type CsmsHandlers, type StationRef, type TransactionContext, type TransactionEventRequest, type V201, type neutral } from '../lib.js';
import { reading, registerWh, type CsmsConfig, type CsmsStateEvents, type StationIdentityContext, type StationRecord, type TransactionRecord } from './records.js';
import type { V16 } from '../../v16/index.js';

export { registerWh, type ConnectorRecord, type CsmsConfig, type CsmsStateEvents, type StationIdentityContext, type StationRecord, type TransactionRecord } from './records.js';

type Handlers2x = Omit<CsmsHandlers<V201, StationIdentityContext>, 'BootNotification' | 'Heartbeat' | 'StatusNotification' | 'Authorize' | 'TransactionEvent' | 'MeterValues' | 'DataTransfer' | 'SecurityEventNotification' | 'FirmwareStatusNotification' | 'LogStatusNotification'>;

/** What the services add to the state's answers (services-wiring.ts); absent: the allow-list alone. */
export interface CsmsStateHooks {
  /** The verdict on a token (Authorize, and the idToken of transaction messages). */
  tokenInfo?: (idToken: string, type: string | undefined) => Promise<neutral.IdTokenInfo>;
  /** More for a transaction message's answer once the event is applied (2.x totalCost). */
  transactionAnswer?: (tx: TransactionRecord, event: neutral.TransactionEvent) => { readonly totalCost?: number } | undefined;
}

export class CsmsState extends EventEmitter<CsmsStateEvents> {
  /** Set by the services; read at each answer. */
  readonly hooks: CsmsStateHooks = {};
  readonly stations = new Map<string, StationRecord>();
  readonly transactions = new Map<string, TransactionRecord>();
  /** The facade the state answers through. */
  readonly facade: NeutralCsms;
  private readonly config: CsmsConfig;
  private table201: CsmsHandlers<V201, StationIdentityContext> | undefined;

  /** Answers through `facade` (default: one of its own, outside any server, for `handlers()`). */
  constructor(config: CsmsConfig = {}, facade?: NeutralCsms) {
    super();
    this.config = config;
    this.facade = facade ?? new NeutralCsms({ server: { noServer: true, pingIntervalMs: 0 } });
    this.attach(this.facade);
  }

  station(identity: string): StationRecord {
    let s = this.stations.get(identity);
    if (s === undefined) {
      const now = new Date().toISOString();
      s = {
        identity,
        version: undefined,
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

  connected(identity: string, securityProfile?: number, version?: string): void {
    const s = this.station(identity);
    s.connected = true;
    s.lastSeen = new Date().toISOString();
    if (securityProfile !== undefined) s.securityProfile = securityProfile;
    if (version !== undefined) s.version = version;
    this.emit('station', s);
  }

  disconnected(identity: string): void {
    const s = this.stations.get(identity);
    if (s === undefined) return;
    s.connected = false;
    this.emit('station', s);
  }

  /** C01: the allow-list's verdict, or Accepted for everyone without a list. */
  idTokenInfo(idToken: { readonly idToken: string; readonly type?: string }): { status: AuthorizationStatusEnumType } {
    if (idToken.type === 'NoAuthorization') return { status: 'Accepted' };
    const list = this.config.idTokens;
    if (list === undefined) return { status: 'Accepted' };
    return { status: list.get(idToken.idToken) ?? 'Unknown' };
  }

  /** The verdict on a token: the services' when wired, else the allow-list's. */
  async tokenVerdict(idToken: string, type?: string): Promise<neutral.IdTokenInfo> {
    if (this.hooks.tokenInfo !== undefined) return this.hooks.tokenInfo(idToken, type);
    return this.idTokenInfo({ idToken, ...(type !== undefined && { type }) });
  }

  /**
   * Every 2.0.1 handler, as the facade answers the neutral messages and the
   * state the 2.x-only ones; for a behaviour outside a server (tests).
   */
  handlers(): CsmsHandlers<V201, StationIdentityContext> {
    return { ...(this.facade.handlersFor('2.0.1') as CsmsHandlers<V201, StationIdentityContext>), ...this.handlers2x() };
  }

  /** The state's answers to every neutral message, registered on a facade. */
  attach(facade: NeutralCsms): void {
    const now = (): string => new Date().toISOString();
    facade
      .onBoot((request, ref) => {
        const s = this.seen(ref);
        s.boots++;
        s.chargingStation = request.station;
        s.bootReason = request.reason;
        let status = this.config.bootStatus ?? 'Accepted';
        if (status !== 'Accepted' && this.config.acceptAfter !== undefined && s.boots > this.config.acceptAfter) status = 'Accepted';
        s.registration = status;
        this.emit('booted', s, status);
        this.emit('station', s);
        const interval = status === 'Accepted' ? (this.config.heartbeatIntervalS ?? 300) : (this.config.retryIntervalS ?? 30);
        return { currentTime: now(), interval, status };
      })
      .onHeartbeat((_r, ref) => {
        this.seen(ref).lastHeartbeat = now();
        return { currentTime: now() };
      })
      .onStatus((r, ref) => {
        const s = this.seen(ref);
        s.connectors.set(`${r.evseId}/${r.connectorId}`, {
          evseId: r.evseId,
          connectorId: r.connectorId,
          status: r.status,
          ...(r.detailedStatus !== undefined && { detailedStatus: r.detailedStatus }),
          timestamp: r.timestamp ?? now(),
        });
        this.emit('station', s);
      })
      .onAuthorize(async (r, ref) => {
        this.seen(ref);
        return { idTokenInfo: await this.tokenVerdict(r.idToken.id, r.idToken.type) };
      })
      .onTransaction(async (event, ctx) => {
        this.seen(ctx);
        // A retried message was answered before: answered again, counted once.
        const tx = ctx.duplicate ? this.transactions.get(`${ctx.identity} ${ctx.record.id}`) : this.applyTransaction(event, ctx);
        const extra = tx !== undefined ? this.hooks.transactionAnswer?.(tx, event) : undefined;
        return { ...extra, ...(event.idToken !== undefined && { idTokenInfo: await this.tokenVerdict(event.idToken.id, event.idToken.type) }) };
      })
      .onMeterValues((r, ref) => {
        const s = this.seen(ref);
        s.meterValues++;
        s.lastMeterValue = r.meterValue[r.meterValue.length - 1];
      })
      .onSecurityEvent((r, ref) => {
        const s = this.seen(ref);
        s.securityEvents.push({ type: r.type, timestamp: r.timestamp });
        if (s.securityEvents.length > 100) s.securityEvents.shift();
      })
      .onDataTransfer((r, ref) => {
        this.seen(ref);
        return r.vendorId === 'ocpp-model' ? { status: 'Accepted', ...(r.data !== undefined && { data: r.data }) } : { status: 'UnknownVendorId' };
      })
      .onFirmwareStatus((_r, ref) => void this.seen(ref))
      .onLogStatus((_r, ref) => void this.seen(ref));
  }

  /** The handlers of the 2.x actions the neutral model does not carry (for 2.0.1 and 2.1 alike). */
  handlers2x(): Handlers2x {
    const seen = (ctx: StationIdentityContext): StationRecord => this.seen({ identity: ctx.identity });
    return {
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

  /** The handlers of the 1.6 actions the neutral model does not carry. */
  handlers16(): CsmsHandlers<V16, StationIdentityContext> {
    // No PKI here: a CSR is refused (the security whitepaper's SignCertificate).
    return { SignCertificate: (_r: unknown, ctx: StationIdentityContext) => (this.seen({ identity: ctx.identity }), { status: 'Rejected' as const }) };
  }

  /** A 2.0.1 TransactionEvent from a station, answered through the facade as a station's would be; the transaction's record after it. */
  transactionEvent(identity: string, request: TransactionEventRequest): TransactionRecord {
    this.table201 ??= this.facade.handlersFor('2.0.1') as CsmsHandlers<V201, StationIdentityContext>;
    void this.table201.TransactionEvent!(request, { identity } as never);
    return this.transactions.get(`${identity} ${request.transactionInfo.transactionId}`)!;
  }

  /** E01-E07, E08 (seqNo), J02; 1.6 StartTransaction, MeterValues, StopTransaction: one neutral event into the transaction's record. */
  applyTransaction(event: neutral.TransactionEvent, ctx: TransactionContext): TransactionRecord {
    const r = ctx.record;
    const key = `${ctx.identity} ${r.id}`;
    let tx = this.transactions.get(key);
    const isNew = tx === undefined;
    if (tx === undefined) {
      tx = {
        transactionId: r.id,
        station: ctx.identity,
        version: ctx.version,
        state: 'Active',
        evseId: undefined,
        connectorId: undefined,
        chargingState: undefined,
        idToken: undefined,
        remoteStartId: undefined,
        startedAt: event.timestamp,
        updatedAt: event.timestamp,
        endedAt: undefined,
        stoppedReason: undefined,
        meterStartWh: undefined,
        meterLastWh: undefined,
        energyWh: 0,
        powerW: undefined,
        soc: undefined,
        lastSeqNo: event.seqNo,
        events: 0,
        lastTrigger: event.triggerReason,
      };
      this.transactions.set(key, tx);
    }
    tx.events++;
    tx.lastTrigger = event.triggerReason;
    tx.lastSeqNo = Math.max(tx.lastSeqNo, event.seqNo);
    if (r.startedAt !== undefined) tx.startedAt = r.startedAt;
    if (event.timestamp > tx.updatedAt) tx.updatedAt = event.timestamp;
    tx.evseId = r.evseId;
    tx.connectorId = r.connectorId;
    tx.chargingState = r.chargingState;
    tx.remoteStartId = r.remoteStartId;
    if (r.idToken !== undefined) tx.idToken = { idToken: r.idToken.id, ...(r.idToken.type !== undefined && { type: r.idToken.type }) };
    // 1.6 says meterStart and meterStop outright; 2.x as register readings among the meter values.
    for (const wh of [event.meterStart, registerWh(event.meterValue), event.meterStop]) {
      if (wh === undefined) continue;
      if (tx.meterStartWh === undefined || wh < tx.meterStartWh) tx.meterStartWh = wh;
      if (tx.meterLastWh === undefined || wh > tx.meterLastWh) tx.meterLastWh = wh;
      tx.energyWh = Math.round(tx.meterLastWh - tx.meterStartWh);
    }
    const power = reading(event.meterValue, 'Power.Active.Import', { W: 1, kW: 1000 });
    if (power !== undefined) tx.powerW = power;
    const soc = reading(event.meterValue, 'SoC', {});
    if (soc !== undefined) tx.soc = soc;
    if (isNew) this.emit('transactionStarted', tx);
    if (event.triggerReason === 'MeterValuePeriodic' && tx.state === 'Active') this.emit('transactionMetered', tx);
    if (r.state === 'Ended' && tx.state !== 'Ended') {
      tx.state = 'Ended';
      tx.endedAt = r.stoppedAt ?? event.timestamp;
      tx.stoppedReason = r.stopReason ?? 'Local';
      tx.powerW = 0;
      this.emit('transactionEnded', tx);
    }
    this.emit('transaction', tx);
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
      version: s.version,
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

  private seen(ref: Pick<StationRef, 'identity'> & Partial<StationRef>): StationRecord {
    const s = this.station(ref.identity);
    s.lastSeen = new Date().toISOString();
    if (ref.version !== undefined) s.version = ref.version;
    return s;
  }
}
