/**
 * The session of the behaviours' own test (boot Pending then Accepted,
 * configuration and a report while Pending, the station's messages, a
 * remote transaction, more CSMS commands), written against plain call and
 * handler functions so that either side can be this library or an
 * independent implementation.
 */
import assert from 'node:assert/strict';

export type Call = (action: string, payload: unknown) => Promise<unknown>;
export type Handler = (payload: unknown, identity: string) => unknown;
export type Handlers = Record<string, Handler>;

/** What the scenario expects to see on each side. */
export interface ScenarioLog {
  /** The station's messages as the CSMS received them. */
  readonly received: string[];
  /** The CSMS's commands as the station received them. */
  readonly seen: string[];
}

const now = (): string => new Date().toISOString();
const idToken = { idToken: '04A2B3C4', type: 'ISO14443' };

type Obj = Record<string, unknown>;
const o = (v: unknown): Obj => v as Obj;

/** The CSMS's handlers. The first boot is answered Pending, the next ones Accepted. */
export function csmsHandlers(log: ScenarioLog, signals: { bootAccepted: () => void; reportDone: () => void; statusOccupied: () => void }): Handlers {
  let boots = 0;
  return {
    BootNotification(req, identity) {
      log.received.push(`BootNotification:${String(o(req)['reason'])}@${identity}`);
      boots++;
      if (boots === 1) return { currentTime: now(), interval: 300, status: 'Pending' };
      setImmediate(signals.bootAccepted);
      return { currentTime: now(), interval: 300, status: 'Accepted' };
    },
    Heartbeat() {
      log.received.push('Heartbeat');
      return { currentTime: now() };
    },
    StatusNotification(req) {
      log.received.push(`StatusNotification:${String(o(req)['connectorStatus'])}`);
      if (o(req)['connectorStatus'] === 'Occupied') setImmediate(signals.statusOccupied);
      return {};
    },
    Authorize(req) {
      log.received.push(`Authorize:${String(o(o(req)['idToken'])['idToken'])}`);
      return { idTokenInfo: { status: 'Accepted' } };
    },
    async TransactionEvent(req) {
      const r = o(req);
      log.received.push(`TransactionEvent:${String(r['eventType'])}${r['meterValue'] !== undefined ? '+meter' : ''}`);
      return r['eventType'] === 'Started' ? { idTokenInfo: { status: 'Accepted' } } : {};
    },
    MeterValues(req) {
      const mv = (o(req)['meterValue'] as Obj[])[0]!;
      log.received.push(`MeterValues:${String((mv['sampledValue'] as Obj[])[0]!['value'])}`);
      return {};
    },
    NotifyReport(req) {
      if (o(req)['tbc'] !== true) {
        log.received.push('NotifyReport');
        setImmediate(signals.reportDone);
      }
      return {};
    },
  };
}

/** The station's handlers; `station` is how it calls the CSMS. */
export function stationHandlers(log: ScenarioLog, station: () => Call): Handlers {
  const variables = new Map<string, string>([['OCPPCommCtrlr.OfflineThreshold', '60']]);
  let transactionId: string | undefined;
  return {
    SetVariables(req) {
      log.seen.push('SetVariables');
      const data = o(req)['setVariableData'] as Obj[];
      for (const d of data) variables.set(`${String(o(d['component'])['name'])}.${String(o(d['variable'])['name'])}`, String(d['attributeValue']));
      return { setVariableResult: data.map((d) => ({ attributeStatus: 'Accepted', component: d['component'], variable: d['variable'] })) };
    },
    GetVariables(req) {
      log.seen.push('GetVariables');
      return {
        getVariableResult: (o(req)['getVariableData'] as Obj[]).map((d) => {
          const value = variables.get(`${String(o(d['component'])['name'])}.${String(o(d['variable'])['name'])}`);
          return value === undefined
            ? { attributeStatus: 'UnknownVariable', component: d['component'], variable: d['variable'] }
            : { attributeStatus: 'Accepted', attributeValue: value, component: d['component'], variable: d['variable'] };
        }),
      };
    },
    GetBaseReport(req) {
      log.seen.push('GetBaseReport');
      const requestId = o(req)['requestId'];
      setImmediate(async () => {
        const entries = [...variables];
        for (let i = 0; i < entries.length; i++) {
          const [key, value] = entries[i]!;
          const [component, variable] = key.split('.') as [string, string];
          await station()('NotifyReport', {
            requestId,
            generatedAt: now(),
            seqNo: i,
            tbc: i < entries.length - 1,
            reportData: [{ component: { name: component }, variable: { name: variable }, variableAttribute: [{ value }] }],
          });
        }
      });
      return { status: 'Accepted' };
    },
    TriggerMessage(req) {
      const wanted = o(req)['requestedMessage'];
      log.seen.push(`TriggerMessage:${String(wanted)}`);
      if (wanted === 'BootNotification') {
        setImmediate(() => void station()('BootNotification', { reason: 'Triggered', chargingStation: { model: 'M1', vendorName: 'V' } }));
        return { status: 'Accepted' };
      }
      if (wanted === 'StatusNotification') {
        setImmediate(() => void station()('StatusNotification', { timestamp: now(), connectorStatus: 'Occupied', evseId: 1, connectorId: 1 }));
        return { status: 'Accepted' };
      }
      return { status: 'NotImplemented' };
    },
    RequestStartTransaction(req) {
      log.seen.push('RequestStartTransaction');
      transactionId = `tx-${String(o(req)['remoteStartId'])}`;
      return { status: 'Accepted', transactionId };
    },
    RequestStopTransaction(req) {
      log.seen.push('RequestStopTransaction');
      return { status: o(req)['transactionId'] === transactionId ? 'Accepted' : 'Rejected' };
    },
    UnlockConnector() {
      log.seen.push('UnlockConnector');
      return { status: 'Unlocked' };
    },
    Reset(req) {
      log.seen.push(`Reset:${String(o(req)['type'])}`);
      return { status: 'Accepted' };
    },
  };
}

/** Resolvable signals the CSMS handlers fire. */
export function scenarioSignals(): {
  signals: { bootAccepted: () => void; reportDone: () => void; statusOccupied: () => void };
  bootAccepted: Promise<void>;
  reportDone: Promise<void>;
  statusOccupied: Promise<void>;
} {
  let bootAccepted!: () => void;
  let reportDone!: () => void;
  let statusOccupied!: () => void;
  const a = new Promise<void>((r) => (bootAccepted = r));
  const b = new Promise<void>((r) => (reportDone = r));
  const c = new Promise<void>((r) => (statusOccupied = r));
  return { signals: { bootAccepted, reportDone, statusOccupied }, bootAccepted: a, reportDone: b, statusOccupied: c };
}

/**
 * Drives the session. `errorCode` reads the OCPP error code of a rejected
 * call the way the calling implementation reports it.
 */
export async function runSession(
  station: Call,
  csms: Call,
  waits: { bootAccepted: Promise<void>; reportDone: Promise<void>; statusOccupied: Promise<void> },
  errorCode: (err: unknown) => string | undefined,
): Promise<void> {
  const boot = o(await station('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M1', vendorName: 'V' } }));
  assert.equal(boot['status'], 'Pending');
  // While Pending the CSMS configures the station and asks for a report.
  const set = o(await csms('SetVariables', {
    setVariableData: [{ attributeValue: '300', component: { name: 'OCPPCommCtrlr' }, variable: { name: 'OfflineThreshold' } }],
  }));
  assert.equal((set['setVariableResult'] as Obj[])[0]!['attributeStatus'], 'Accepted');
  const got = o(await csms('GetVariables', { getVariableData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'OfflineThreshold' } }] }));
  assert.equal((got['getVariableResult'] as Obj[])[0]!['attributeValue'], '300');
  assert.equal(o(await csms('GetBaseReport', { requestId: 42, reportBase: 'FullInventory' }))['status'], 'Accepted');
  await waits.reportDone;
  assert.equal(o(await csms('TriggerMessage', { requestedMessage: 'BootNotification' }))['status'], 'Accepted');
  await waits.bootAccepted;
  await new Promise((resolve) => setImmediate(resolve));

  await station('StatusNotification', { timestamp: now(), connectorStatus: 'Available', evseId: 1, connectorId: 1 });
  const hb = o(await station('Heartbeat', {}));
  assert.ok(!Number.isNaN(Date.parse(String(hb['currentTime']))));
  assert.equal(o(o(await station('Authorize', { idToken }))['idTokenInfo'])['status'], 'Accepted');

  const start = o(await csms('RequestStartTransaction', { remoteStartId: 7, idToken, evseId: 1 }));
  assert.equal(start['status'], 'Accepted');
  const transactionId = String(start['transactionId']);
  const meterValue = [{ timestamp: now(), sampledValue: [{ value: 1234.5, measurand: 'Energy.Active.Import.Register' }] }];
  const started = o(await station('TransactionEvent', {
    eventType: 'Started',
    timestamp: now(),
    triggerReason: 'RemoteStart',
    seqNo: 0,
    transactionInfo: { transactionId, remoteStartId: 7 },
    idToken,
    evse: { id: 1, connectorId: 1 },
  }));
  assert.equal(o(started['idTokenInfo'])['status'], 'Accepted');
  await station('TransactionEvent', {
    eventType: 'Updated',
    timestamp: now(),
    triggerReason: 'MeterValuePeriodic',
    seqNo: 1,
    transactionInfo: { transactionId, chargingState: 'Charging' },
    meterValue,
  });
  await station('MeterValues', { evseId: 1, meterValue });
  assert.equal(o(await csms('RequestStopTransaction', { transactionId }))['status'], 'Accepted');
  await station('TransactionEvent', {
    eventType: 'Ended',
    timestamp: now(),
    triggerReason: 'RemoteStop',
    seqNo: 2,
    transactionInfo: { transactionId, stoppedReason: 'Remote' },
    meterValue,
  });

  assert.equal(o(await csms('TriggerMessage', { requestedMessage: 'StatusNotification', evse: { id: 1, connectorId: 1 } }))['status'], 'Accepted');
  await waits.statusOccupied;
  assert.equal(o(await csms('UnlockConnector', { evseId: 1, connectorId: 1 }))['status'], 'Unlocked');
  assert.equal(o(await csms('Reset', { type: 'OnIdle' }))['status'], 'Accepted');
  // No handler on the station: an error answer, never a hang.
  const refused = await csms('ClearCache', {}).then(
    () => undefined,
    (err: unknown) => errorCode(err),
  );
  assert.ok(refused === 'NotSupported' || refused === 'NotImplemented', `ClearCache answered ${String(refused)}`);
}

export const expectedReceived = (identity: string): string[] => [
  `BootNotification:PowerUp@${identity}`,
  'NotifyReport',
  `BootNotification:Triggered@${identity}`,
  'StatusNotification:Available',
  'Heartbeat',
  'Authorize:04A2B3C4',
  'TransactionEvent:Started',
  'TransactionEvent:Updated+meter',
  'MeterValues:1234.5',
  'TransactionEvent:Ended+meter',
  'StatusNotification:Occupied',
];

export const expectedSeen = [
  'SetVariables',
  'GetVariables',
  'GetBaseReport',
  'TriggerMessage:BootNotification',
  'RequestStartTransaction',
  'RequestStopTransaction',
  'TriggerMessage:StatusNotification',
  'UnlockConnector',
  'Reset:OnIdle',
];
