/**
 * An OCPP 1.6 session (edition 2), written against plain call and handler
 * functions so that either side can be this library or an independent
 * implementation, over any transport: boot answered Pending, the Central
 * System reads and changes the configuration, triggers the boot that is
 * Accepted (4.2, 5.17); then status, heartbeat, authorize, a remote start
 * (5.11) with its StartTransaction, meter values, a remote stop (5.12) with
 * its StopTransaction, a change of HeartbeatInterval, data transfer both
 * ways, and an action the Charge Point does not support.
 */
import assert from 'node:assert/strict';
import type { Call, Handlers, ScenarioLog } from './scenario.js';

const now = (): string => new Date().toISOString();

type Obj = Record<string, unknown>;
const o = (v: unknown): Obj => v as Obj;

/** The Charge Point's BootNotification.req. */
export const boot16 = { chargePointVendor: 'VendorX', chargePointModel: 'SingleSocketCharger', firmwareVersion: '1.0.0' };

/** The Central System's handlers. The first boot is answered Pending, the next ones Accepted. */
export function centralSystemHandlers16(log: ScenarioLog, signals: Signals16): Handlers {
  let boots = 0;
  let transactions = 0;
  return {
    BootNotification(req, identity) {
      log.received.push(`BootNotification:${String(o(req)['chargePointModel'])}@${identity}`);
      boots++;
      if (boots === 1) return { currentTime: now(), interval: 10, status: 'Pending' };
      setImmediate(signals.bootAccepted);
      return { currentTime: now(), interval: 300, status: 'Accepted' };
    },
    Heartbeat() {
      log.received.push('Heartbeat');
      return { currentTime: now() };
    },
    StatusNotification(req) {
      log.received.push(`StatusNotification:${String(o(req)['connectorId'])}:${String(o(req)['status'])}`);
      return {};
    },
    Authorize(req) {
      log.received.push(`Authorize:${String(o(req)['idTag'])}`);
      return { idTagInfo: { status: 'Accepted' } };
    },
    StartTransaction(req) {
      log.received.push(`StartTransaction:${String(o(req)['idTag'])}:${String(o(req)['meterStart'])}`);
      // 1.6: the Central System numbers the transactions.
      return { transactionId: 1000 + ++transactions, idTagInfo: { status: 'Accepted' } };
    },
    MeterValues(req) {
      const mv = (o(req)['meterValue'] as Obj[])[0]!;
      log.received.push(`MeterValues:${String(o(req)['transactionId'])}:${String((mv['sampledValue'] as Obj[])[0]!['value'])}`);
      setImmediate(signals.metered);
      return {};
    },
    async StopTransaction(req) {
      log.received.push(`StopTransaction:${String(o(req)['transactionId'])}:${String(o(req)['meterStop'])}:${String(o(req)['reason'])}`);
      setImmediate(signals.stopped);
      return { idTagInfo: { status: 'Accepted' } };
    },
    DataTransfer(req) {
      log.received.push(`DataTransfer:${String(o(req)['vendorId'])}`);
      return { status: 'Accepted', data: 'from the Central System' };
    },
  };
}

/** The Charge Point's handlers; `station` is how it calls the Central System. */
export function chargePointHandlers16(log: ScenarioLog, station: () => Call): Handlers {
  const configuration = new Map<string, { value: string; readonly: boolean }>([
    ['HeartbeatInterval', { value: '300', readonly: false }],
    ['MeterValueSampleInterval', { value: '60', readonly: false }],
    ['NumberOfConnectors', { value: '1', readonly: true }],
  ]);
  let transactionId: number | undefined;
  return {
    GetConfiguration(req) {
      const keys = (o(req)['key'] as string[] | undefined) ?? [...configuration.keys()];
      log.seen.push(`GetConfiguration:${keys.join(',')}`);
      return {
        configurationKey: keys.filter((k) => configuration.has(k)).map((key) => ({ key, readonly: configuration.get(key)!.readonly, value: configuration.get(key)!.value })),
        unknownKey: keys.filter((k) => !configuration.has(k)),
      };
    },
    ChangeConfiguration(req) {
      const key = String(o(req)['key']);
      log.seen.push(`ChangeConfiguration:${key}=${String(o(req)['value'])}`);
      const entry = configuration.get(key);
      if (entry === undefined) return { status: 'NotSupported' };
      if (entry.readonly) return { status: 'Rejected' };
      entry.value = String(o(req)['value']);
      return { status: 'Accepted' };
    },
    TriggerMessage(req) {
      const wanted = o(req)['requestedMessage'];
      log.seen.push(`TriggerMessage:${String(wanted)}`);
      if (wanted !== 'BootNotification') return { status: 'NotImplemented' };
      setImmediate(() => void station()('BootNotification', boot16));
      return { status: 'Accepted' };
    },
    RemoteStartTransaction(req) {
      log.seen.push(`RemoteStartTransaction:${String(o(req)['idTag'])}`);
      setImmediate(async () => {
        const started = o(await station()('StartTransaction', { connectorId: 1, idTag: o(req)['idTag'], meterStart: 1000, timestamp: now() }));
        transactionId = started['transactionId'] as number;
        await station()('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Charging', timestamp: now() });
        await station()('MeterValues', {
          connectorId: 1,
          transactionId,
          meterValue: [{ timestamp: now(), sampledValue: [{ value: '1500', measurand: 'Energy.Active.Import.Register', unit: 'Wh' }] }],
        });
      });
      return { status: 'Accepted' };
    },
    RemoteStopTransaction(req) {
      log.seen.push('RemoteStopTransaction');
      if (o(req)['transactionId'] !== transactionId) return { status: 'Rejected' };
      setImmediate(() => {
        void station()('StopTransaction', {
          transactionId,
          meterStop: 2500,
          timestamp: now(),
          reason: 'Remote',
          transactionData: [{ timestamp: now(), sampledValue: [{ value: '2500', context: 'Transaction.End', unit: 'Wh' }] }],
        });
      });
      return { status: 'Accepted' };
    },
    DataTransfer(req) {
      log.seen.push(`DataTransfer:${String(o(req)['messageId'])}`);
      return { status: 'Accepted', data: String(o(req)['data']).toUpperCase() };
    },
  };
}

/** What the Central System's handlers signal: the Accepted boot, the transaction's meter values, its end. */
export interface Signals16 {
  readonly bootAccepted: () => void;
  readonly metered: () => void;
  readonly stopped: () => void;
}

/** The points of the session the driver waits for. */
export interface Waits16 {
  readonly bootAccepted: Promise<void>;
  readonly metered: Promise<void>;
  readonly stopped: Promise<void>;
}

/** Resolvable signals the Central System's handlers fire, and the promises the driver waits on. */
export function signals16(): { signals: Signals16 } & Waits16 {
  const make = (): [Promise<void>, () => void] => {
    let resolve!: () => void;
    return [new Promise<void>((r) => (resolve = r)), resolve];
  };
  const [bootAccepted, a] = make();
  const [metered, b] = make();
  const [stopped, c] = make();
  return { signals: { bootAccepted: a, metered: b, stopped: c }, bootAccepted, metered, stopped };
}

/**
 * Drives the session. `errorCode` reads the OCPP error code of a rejected
 * call the way the calling implementation reports it.
 */
export async function runSession16(
  station: Call,
  centralSystem: Call,
  waits: Waits16,
  errorCode: (err: unknown) => string | undefined,
): Promise<void> {
  const boot = o(await station('BootNotification', boot16));
  assert.equal(boot['status'], 'Pending');
  // While Pending the Central System reads and changes the configuration (4.2).
  const config = o(await centralSystem('GetConfiguration', { key: ['HeartbeatInterval', 'NumberOfConnectors', 'NoSuchKey'] }));
  assert.deepEqual(config['unknownKey'], ['NoSuchKey']);
  assert.deepEqual(config['configurationKey'], [
    { key: 'HeartbeatInterval', readonly: false, value: '300' },
    { key: 'NumberOfConnectors', readonly: true, value: '1' },
  ]);
  assert.equal(o(await centralSystem('ChangeConfiguration', { key: 'MeterValueSampleInterval', value: '30' }))['status'], 'Accepted');
  assert.equal(o(await centralSystem('ChangeConfiguration', { key: 'NumberOfConnectors', value: '2' }))['status'], 'Rejected');
  assert.equal(o(await centralSystem('TriggerMessage', { requestedMessage: 'BootNotification' }))['status'], 'Accepted');
  await waits.bootAccepted;
  await new Promise((resolve) => setImmediate(resolve));

  await station('StatusNotification', { connectorId: 0, errorCode: 'NoError', status: 'Available' });
  await station('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Available', timestamp: now() });
  const hb = o(await station('Heartbeat', {}));
  assert.ok(!Number.isNaN(Date.parse(String(hb['currentTime']))));
  assert.equal(o(o(await station('Authorize', { idTag: 'TAG-1' }))['idTagInfo'])['status'], 'Accepted');

  // Remote start: the Charge Point starts the transaction, the Central System numbers it.
  assert.equal(o(await centralSystem('RemoteStartTransaction', { idTag: 'TAG-1', connectorId: 1 }))['status'], 'Accepted');
  await waits.metered;
  // The transaction the Charge Point started is 1001, the first the Central System numbered.
  assert.equal(o(await centralSystem('RemoteStopTransaction', { transactionId: 1001 }))['status'], 'Accepted');
  await waits.stopped;

  // The Central System changes the heartbeat interval (9.1.13), then data transfer both ways.
  assert.equal(o(await centralSystem('ChangeConfiguration', { key: 'HeartbeatInterval', value: '120' }))['status'], 'Accepted');
  const echoed = o(await centralSystem('DataTransfer', { vendorId: 'com.example', messageId: 'echo', data: 'hello' }));
  assert.deepEqual(echoed, { status: 'Accepted', data: 'HELLO' });
  assert.equal(o(await station('DataTransfer', { vendorId: 'com.example', messageId: 'note', data: 'x' }))['status'], 'Accepted');
  // No handler on the Charge Point: an error answer, never a hang.
  const refused = await centralSystem('ClearCache', {}).then(
    () => undefined,
    (err: unknown) => errorCode(err),
  );
  assert.ok(refused === 'NotSupported' || refused === 'NotImplemented', `ClearCache answered ${String(refused)}`);
}

export const expectedReceived16 = (identity: string): string[] => [
  `BootNotification:SingleSocketCharger@${identity}`,
  `BootNotification:SingleSocketCharger@${identity}`,
  'StatusNotification:0:Available',
  'StatusNotification:1:Available',
  'Heartbeat',
  'Authorize:TAG-1',
  'StartTransaction:TAG-1:1000',
  'StatusNotification:1:Charging',
  'MeterValues:1001:1500',
  'StopTransaction:1001:2500:Remote',
  'DataTransfer:com.example',
];

export const expectedSeen16: readonly string[] = [
  'GetConfiguration:HeartbeatInterval,NumberOfConnectors,NoSuchKey',
  'ChangeConfiguration:MeterValueSampleInterval=30',
  'ChangeConfiguration:NumberOfConnectors=2',
  'TriggerMessage:BootNotification',
  'RemoteStartTransaction:TAG-1',
  'RemoteStopTransaction',
  'ChangeConfiguration:HeartbeatInterval=120',
  'DataTransfer:echo',
];
