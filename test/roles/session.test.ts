/**
 * A station and a CSMS built with this library run a whole session over an
 * in-memory link: boot Pending then Accepted (TC_B_02_CS / TC_B_02_CSMS),
 * the station's messages, and the CSMS's commands.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChargingStation } from '../../src/roles/charging-station.js';
import { Csms } from '../../src/roles/csms.js';
import { NotRegisteredError } from '../../src/roles/registration.js';
import type { ChargingStationHandlers, CsmsHandlers, RoleContext } from '../../src/roles/types.js';
import type { BadMessageEvent } from '../../src/rpc/endpoint.js';
import type {
  GetBaseReportRequest,
  GetBaseReportResponse,
  GetVariablesRequest,
  GetVariablesResponse,
  NotifyReportRequest,
  RequestStartTransactionRequest,
  RequestStartTransactionResponse,
  TriggerMessageRequest,
  TriggerMessageResponse,
} from '../../src/v201/generated/messages.js';
import { v201, type V201 } from '../../src/v201/index.js';
import { link } from '../support/memory-transport.js';

const now = () => new Date().toISOString();
const idToken = { idToken: '04A2B3C4', type: 'ISO14443' } as const;

/** The station's side, as a class implementing the handler interface. */
class Station implements ChargingStationHandlers<V201, { identity: string }> {
  readonly seen: string[] = [];
  readonly variables = new Map<string, string>([['OCPPCommCtrlr.OfflineThreshold', '60']]);
  transactionId: string | undefined;
  constructor(readonly cs: ChargingStation<V201, { identity: string }>) {}

  GetVariables(req: GetVariablesRequest, ctx: RoleContext<'GetVariables', { identity: string }>): GetVariablesResponse {
    this.seen.push(`${ctx.action}@${ctx.identity}`);
    return {
      getVariableResult: req.getVariableData.map((d) => {
        const value = this.variables.get(`${d.component.name}.${d.variable.name}`);
        return value === undefined
          ? { attributeStatus: 'UnknownVariable', component: d.component, variable: d.variable }
          : { attributeStatus: 'Accepted', attributeValue: value, component: d.component, variable: d.variable };
      }),
    };
  }
  SetVariables: ChargingStationHandlers<V201>['SetVariables'] = (req) => {
    this.seen.push('SetVariables');
    for (const d of req.setVariableData) this.variables.set(`${d.component.name}.${d.variable.name}`, d.attributeValue);
    return {
      setVariableResult: req.setVariableData.map((d) => ({ attributeStatus: 'Accepted', component: d.component, variable: d.variable })),
    };
  };
  GetBaseReport(req: GetBaseReportRequest): GetBaseReportResponse {
    this.seen.push('GetBaseReport');
    // The report follows the answer (NotifyReport is allowed in Pending: it was asked for).
    setImmediate(() => void this.report(req.requestId));
    return { status: 'Accepted' };
  }
  async report(requestId: number): Promise<void> {
    const entries = [...this.variables];
    for (let i = 0; i < entries.length + 1; i++) {
      const [key, value] = entries[i] ?? ['ChargingStation.Model', 'M1'];
      const [component, variable] = key.split('.') as [string, string];
      const body: NotifyReportRequest = {
        requestId,
        generatedAt: now(),
        seqNo: i,
        tbc: i < entries.length,
        reportData: [{ component: { name: component }, variable: { name: variable }, variableAttribute: [{ value }] }],
      };
      await this.cs.call('NotifyReport', body);
    }
  }
  TriggerMessage(req: TriggerMessageRequest): TriggerMessageResponse {
    this.seen.push(`TriggerMessage:${req.requestedMessage}`);
    if (req.requestedMessage === 'BootNotification') {
      setImmediate(() => void this.cs.call('BootNotification', { reason: 'Triggered', chargingStation: { model: 'M1', vendorName: 'V' } }));
      return { status: 'Accepted' };
    }
    if (req.requestedMessage === 'StatusNotification') {
      setImmediate(() => void this.cs.call('StatusNotification', { timestamp: now(), connectorStatus: 'Occupied', evseId: 1, connectorId: 1 }));
      return { status: 'Accepted' };
    }
    return { status: 'NotImplemented' };
  }
  RequestStartTransaction(req: RequestStartTransactionRequest): RequestStartTransactionResponse {
    this.seen.push('RequestStartTransaction');
    this.transactionId = `tx-${req.remoteStartId}`;
    return { status: 'Accepted', transactionId: this.transactionId };
  }
  RequestStopTransaction: ChargingStationHandlers<V201>['RequestStopTransaction'] = (req) => {
    this.seen.push('RequestStopTransaction');
    return { status: req.transactionId === this.transactionId ? 'Accepted' : 'Rejected' };
  };
  ChangeAvailability: ChargingStationHandlers<V201>['ChangeAvailability'] = async () => {
    this.seen.push('ChangeAvailability');
    return { status: 'Scheduled' };
  };
  UnlockConnector: ChargingStationHandlers<V201>['UnlockConnector'] = () => {
    this.seen.push('UnlockConnector');
    return { status: 'Unlocked' };
  };
  Reset: ChargingStationHandlers<V201>['Reset'] = (req) => {
    this.seen.push(`Reset:${req.type}`);
    return { status: 'Accepted' };
  };
}

test('a whole session: boot Pending then Accepted, station messages, CSMS commands (TC_B_02_CS, TC_B_02_CSMS)', async () => {
  const station = new ChargingStation(v201, { context: { identity: 'CS-001' } });
  const csms = new Csms(v201, { context: { identity: 'CS-001' } });
  const bad: BadMessageEvent[] = [];
  station.on('badMessage', (e) => bad.push(e));
  csms.on('badMessage', (e) => bad.push(e));

  const stationSide = new Station(station);
  station.handlers(stationSide);

  const received: string[] = [];
  let boots = 0;
  let reportDone!: () => void;
  const reportComplete = new Promise<void>((resolve) => (reportDone = resolve));
  let bootAccepted!: () => void;
  const accepted = new Promise<void>((resolve) => (bootAccepted = resolve));
  let triggeredStatus!: () => void;
  const triggeredStatusSeen = new Promise<void>((resolve) => (triggeredStatus = resolve));
  const reportSeqNos: number[] = [];

  const csmsHandlers: CsmsHandlers<V201, { identity: string }> = {
    BootNotification(req, ctx) {
      received.push(`BootNotification:${req.reason}@${ctx.identity}`);
      boots++;
      if (boots === 1) return { currentTime: now(), interval: 300, status: 'Pending' };
      setImmediate(bootAccepted);
      return { currentTime: now(), interval: 300, status: 'Accepted' };
    },
    Heartbeat() {
      received.push('Heartbeat');
      return { currentTime: now() };
    },
    StatusNotification(req) {
      received.push(`StatusNotification:${req.connectorStatus}`);
      if (req.connectorStatus === 'Occupied') setImmediate(triggeredStatus);
      return {};
    },
    Authorize(req) {
      received.push(`Authorize:${req.idToken.idToken}`);
      return { idTokenInfo: { status: 'Accepted' } };
    },
    async TransactionEvent(req) {
      received.push(`TransactionEvent:${req.eventType}${req.meterValue ? '+meter' : ''}`);
      return req.eventType === 'Started' ? { idTokenInfo: { status: 'Accepted' } } : {};
    },
    MeterValues(req) {
      received.push(`MeterValues:${req.meterValue[0]!.sampledValue[0]!.value}`);
      return {};
    },
    SecurityEventNotification(req) {
      received.push(`SecurityEventNotification:${req.type}`);
      return {};
    },
    NotifyReport(req) {
      reportSeqNos.push(req.seqNo);
      if (req.tbc !== true) {
        received.push('NotifyReport');
        setImmediate(reportDone);
      }
      return {};
    },
  };
  csms.handlers(csmsHandlers);

  const wire = link(station, csms);

  // B02: the first boot is answered Pending.
  const boot = await station.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M1', vendorName: 'V' } });
  assert.equal(boot.status, 'Pending');
  assert.equal(station.registrationStatus, 'Pending');
  assert.equal(csms.registrationStatus, 'Pending');
  // While Pending the station may not send its own messages...
  await assert.rejects(station.call('Heartbeat', {}), NotRegisteredError);
  // ...but the CSMS may configure it (TC_B_02_CS steps 3-8).
  const set = await csms.call('SetVariables', {
    setVariableData: [{ attributeValue: '300', component: { name: 'OCPPCommCtrlr' }, variable: { name: 'OfflineThreshold' } }],
  });
  assert.equal(set.setVariableResult[0]!.attributeStatus, 'Accepted');
  const got = await csms.call('GetVariables', {
    getVariableData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'OfflineThreshold' } }],
  });
  assert.equal(got.getVariableResult[0]!.attributeValue, '300');
  const report = await csms.call('GetBaseReport', { requestId: 42, reportBase: 'FullInventory' });
  assert.equal(report.status, 'Accepted');
  await reportComplete;
  assert.deepEqual(reportSeqNos, [0, 1]);
  // TriggerMessage(BootNotification) leads to the Accepted boot.
  const trigger = await csms.call('TriggerMessage', { requestedMessage: 'BootNotification' });
  assert.equal(trigger.status, 'Accepted');
  await accepted;
  assert.equal(csms.registrationStatus, 'Accepted');
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(station.registrationStatus, 'Accepted');

  // The station's messages.
  await station.call('StatusNotification', { timestamp: now(), connectorStatus: 'Available', evseId: 1, connectorId: 1 });
  const hb = await station.call('Heartbeat', {});
  assert.ok(!Number.isNaN(Date.parse(hb.currentTime)));
  const auth = await station.call('Authorize', { idToken });
  assert.equal(auth.idTokenInfo.status, 'Accepted');

  // The CSMS starts a transaction remotely; the station reports it.
  const start = await csms.call('RequestStartTransaction', { remoteStartId: 7, idToken, evseId: 1 });
  assert.equal(start.status, 'Accepted');
  const transactionId = start.transactionId!;
  const meterValue = [{ timestamp: now(), sampledValue: [{ value: 1234.5, measurand: 'Energy.Active.Import.Register' as const }] }];
  const started = await station.call('TransactionEvent', {
    eventType: 'Started',
    timestamp: now(),
    triggerReason: 'RemoteStart',
    seqNo: 0,
    transactionInfo: { transactionId, remoteStartId: 7 },
    idToken,
    evse: { id: 1, connectorId: 1 },
  });
  assert.equal(started.idTokenInfo?.status, 'Accepted');
  await station.call('TransactionEvent', {
    eventType: 'Updated',
    timestamp: now(),
    triggerReason: 'MeterValuePeriodic',
    seqNo: 1,
    transactionInfo: { transactionId, chargingState: 'Charging' },
    meterValue,
  });
  await station.call('MeterValues', { evseId: 1, meterValue });
  await station.call('SecurityEventNotification', { type: 'SettingSystemTime', timestamp: now() });
  const stop = await csms.call('RequestStopTransaction', { transactionId });
  assert.equal(stop.status, 'Accepted');
  await station.call('TransactionEvent', {
    eventType: 'Ended',
    timestamp: now(),
    triggerReason: 'RemoteStop',
    seqNo: 2,
    transactionInfo: { transactionId, stoppedReason: 'Remote' },
    meterValue,
  });

  // More of the CSMS's commands.
  assert.equal((await csms.call('TriggerMessage', { requestedMessage: 'StatusNotification', evse: { id: 1, connectorId: 1 } })).status, 'Accepted');
  await triggeredStatusSeen;
  assert.equal((await csms.call('ChangeAvailability', { operationalStatus: 'Inoperative' })).status, 'Scheduled');
  assert.equal((await csms.call('UnlockConnector', { evseId: 1, connectorId: 1 })).status, 'Unlocked');
  assert.equal((await csms.call('Reset', { type: 'OnIdle' })).status, 'Accepted');
  // An action the station has no handler for answers NotSupported.
  await assert.rejects(csms.call('ClearCache', {}), { code: 'NotSupported' });

  assert.deepEqual(received, [
    'BootNotification:PowerUp@CS-001',
    'NotifyReport',
    'BootNotification:Triggered@CS-001',
    'StatusNotification:Available',
    'Heartbeat',
    'Authorize:04A2B3C4',
    'TransactionEvent:Started',
    'TransactionEvent:Updated+meter',
    'MeterValues:1234.5',
    'SecurityEventNotification:SettingSystemTime',
    'TransactionEvent:Ended+meter',
    'StatusNotification:Occupied',
  ]);
  assert.deepEqual(stationSide.seen, [
    'SetVariables',
    'GetVariables@CS-001',
    'GetBaseReport',
    'TriggerMessage:BootNotification',
    'RequestStartTransaction',
    'RequestStopTransaction',
    'TriggerMessage:StatusNotification',
    'ChangeAvailability',
    'UnlockConnector',
    'Reset:OnIdle',
  ]);
  // The only refused frame of the session is that ClearCache.
  assert.deepEqual(
    bad.map((b) => [b.code, b.reason]),
    [['NotSupported', 'ClearCache is not supported']],
  );

  wire.disconnect();
  station.close();
  csms.close();
});
