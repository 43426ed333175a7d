/**
 * The version issue's 1.6 and 2.0.1 session tests, with the CSMS side
 * written against the facade: the same station handlers and the same
 * station calls (test/transport/scenario*.ts), the CSMS's handlers neutral,
 * its commands neutral (GetConfiguration / ChangeConfiguration become
 * getVariables / setVariables, RemoteStartTransaction remoteStart, ...),
 * and what the neutral model does not carry (GetBaseReport, NotifyReport,
 * ClearCache) through the version behaviour beneath. The CSMS observes
 * exactly what the version-specific CSMS of those tests observes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NeutralCsms } from '../../src/facade/index.js';
import { sequentialIds, variableOfKey } from '../../src/neutral/index.js';
import { ChargingStationClient } from '../../src/transport/websocket-client.js';
import { v16 } from '../../src/v16/index.js';
import { v201 } from '../../src/v201/index.js';
import { until } from '../transport/helpers.js';
import { expectedReceived, expectedSeen, scenarioSignals, stationHandlers, type Call, type ScenarioLog } from '../transport/scenario.js';
import { chargePointHandlers16, expectedReceived16, expectedSeen16, signals16 } from '../transport/scenario-16.js';

const now = (): string => new Date().toISOString();
const codeOf = (err: unknown): string | undefined => (err as { code?: string }).code;

test('the 1.6 session through the facade: configuration while Pending, remote start and stop of a transaction the CSMS numbers, data transfer both ways', async () => {
  const log: ScenarioLog = { received: [], seen: [] };
  const { signals, ...waits } = signals16();
  // The version test's Central System numbers transactions from 1001.
  const csms = new NeutralCsms({ server: { pingIntervalMs: 0 }, transactionIds: sequentialIds(1001) });
  let boots = 0;
  csms
    .onBoot((b, s) => {
      log.received.push(`BootNotification:${b.station.model}@${s.identity}`);
      if (++boots === 1) return { currentTime: now(), interval: 10, status: 'Pending' };
      setImmediate(signals.bootAccepted);
      return { currentTime: now(), interval: 300, status: 'Accepted' };
    })
    .onHeartbeat(() => (log.received.push('Heartbeat'), { currentTime: now() }))
    .onStatus((r) => void log.received.push(`StatusNotification:${r.evseId}:${r.detailedStatus}`))
    .onAuthorize(({ idToken }) => (log.received.push(`Authorize:${idToken.id}`), { idTokenInfo: { status: 'Accepted' } }))
    .onTransaction((e, tx) => {
      if (e.eventType === 'Started') log.received.push(`StartTransaction:${e.idToken?.id}:${e.meterStart}`);
      if (e.eventType === 'Updated') {
        log.received.push(`MeterValues:${tx.record.id}:${e.meterValue?.[0]?.sampledValue[0]?.value}`);
        setImmediate(signals.metered);
      }
      if (e.eventType === 'Ended') {
        log.received.push(`StopTransaction:${tx.record.id}:${e.meterStop}:${e.transaction.stoppedReason}`);
        setImmediate(signals.stopped);
      }
      return { idTokenInfo: { status: 'Accepted' } };
    })
    .onDataTransfer((d) => (log.received.push(`DataTransfer:${d.vendorId}`), { status: 'Accepted', data: 'from the Central System' }));
  const { port } = await csms.listen(0, '127.0.0.1');
  const identity = 'CP-FACADE-16';
  const client = new ChargingStationClient({ version: v16, url: `ws://127.0.0.1:${port}/ocpp`, identity, pingIntervalMs: 0 });
  const station: Call = (action, payload) => client.station.endpoint.call(action, payload);
  for (const [action, fn] of Object.entries(chargePointHandlers16(log, () => station))) client.station.endpoint.handle(action, (req) => fn(req, identity));
  try {
    await client.open();
    await until(() => csms.stationRef(identity) !== undefined);
    assert.equal(((await station('BootNotification', { chargePointVendor: 'VendorX', chargePointModel: 'SingleSocketCharger', firmwareVersion: '1.0.0' })) as { status: string }).status, 'Pending');
    // While Pending the CSMS reads and changes the configuration (4.2), in variables.
    const read = await csms.getVariables(identity, { variables: ['HeartbeatInterval', 'NumberOfConnectors', 'NoSuchKey'].map(variableOfKey) });
    assert.deepEqual(
      read.results.map((r) => [r.variable.name, r.status, r.value, r.readOnly]),
      [
        ['HeartbeatInterval', 'Accepted', '300', false],
        ['NumberOfConnectors', 'Accepted', '1', true],
        ['NoSuchKey', read.results[2]!.status, undefined, undefined],
      ],
    );
    assert.notEqual(read.results[2]!.status, 'Accepted');
    const set = await csms.setVariables(identity, {
      variables: [
        { ...variableOfKey('MeterValueSampleInterval'), value: '30' },
        { ...variableOfKey('NumberOfConnectors'), value: '2' },
      ],
    });
    assert.deepEqual(set.results.map((r) => r.status), ['Accepted', 'Rejected']);
    assert.equal((await csms.trigger(identity, { requestedMessage: 'BootNotification' })).status, 'Accepted');
    await waits.bootAccepted;
    await new Promise((resolve) => setImmediate(resolve));

    await station('StatusNotification', { connectorId: 0, errorCode: 'NoError', status: 'Available' });
    await station('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Available', timestamp: now() });
    await station('Heartbeat', {});
    await station('Authorize', { idTag: 'TAG-1' });
    const started = await csms.remoteStart(identity, { idToken: { id: 'TAG-1' }, evseId: 1 });
    assert.equal(started.status, 'Accepted');
    await waits.metered;
    assert.equal((await csms.remoteStop(identity, { transactionId: '1001' })).status, 'Accepted');
    await waits.stopped;
    assert.equal((await csms.setVariables(identity, { variables: [{ ...variableOfKey('HeartbeatInterval'), value: '120' }] })).results[0]!.status, 'Accepted');
    assert.deepEqual(await csms.dataTransfer(identity, { vendorId: 'com.example', messageId: 'echo', data: 'hello' }), { status: 'Accepted', data: 'HELLO' });
    assert.equal(((await station('DataTransfer', { vendorId: 'com.example', messageId: 'note', data: 'x' })) as { status: string }).status, 'Accepted');
    // Beneath the facade: the 1.6 behaviour, for what the neutral model does not carry.
    const refused = await csms.station(identity)!.endpoint.call('ClearCache', {}).then(() => undefined, codeOf);
    assert.ok(refused === 'NotSupported' || refused === 'NotImplemented', String(refused));

    assert.deepEqual(log.received, expectedReceived16(identity));
    assert.deepEqual(log.seen, expectedSeen16);
    assert.equal(client.heartbeatIntervalMs, 120_000);
    const record = csms.transaction(identity, '1001')!;
    assert.deepEqual([record.state, record.meterStart, record.meterStop, record.energyWh, record.stopReason, record.remoteStartId, record.chargingState], ['Ended', 1000, 2500, 1500, 'Remote', started.remoteStartId, 'Charging']);
  } finally {
    await client.close();
    await csms.close();
  }
});

test('the 2.0.1 session through the facade: configuration and a report while Pending, a remote transaction, trigger, unlock, reset', async () => {
  const log: ScenarioLog = { received: [], seen: [] };
  const { signals, ...waits } = scenarioSignals();
  const csms = new NeutralCsms({ server: { pingIntervalMs: 0 } });
  let boots = 0;
  csms
    .onBoot((b, s) => {
      log.received.push(`BootNotification:${b.reason}@${s.identity}`);
      if (++boots === 1) return { currentTime: now(), interval: 300, status: 'Pending' };
      setImmediate(signals.bootAccepted);
      return { currentTime: now(), interval: 300, status: 'Accepted' };
    })
    .onHeartbeat(() => (log.received.push('Heartbeat'), { currentTime: now() }))
    .onStatus((r) => {
      log.received.push(`StatusNotification:${r.status}`);
      if (r.status === 'Occupied') setImmediate(signals.statusOccupied);
    })
    .onAuthorize(({ idToken }) => (log.received.push(`Authorize:${idToken.id}`), { idTokenInfo: { status: 'Accepted' } }))
    .onTransaction(async (e) => {
      log.received.push(`TransactionEvent:${e.eventType}${e.meterValue !== undefined ? '+meter' : ''}`);
      return e.eventType === 'Started' ? { idTokenInfo: { status: 'Accepted' } } : {};
    })
    .onMeterValues((r) => void log.received.push(`MeterValues:${r.meterValue[0]!.sampledValue[0]!.value}`));
  // NotifyReport is 2.x only: a version handler beneath the facade.
  csms.server.handle('2.0.1', 'NotifyReport', (req) => {
    if (req.tbc !== true) {
      log.received.push('NotifyReport');
      setImmediate(signals.reportDone);
    }
    return {};
  });
  const { port } = await csms.listen(0, '127.0.0.1');
  const identity = 'CS-FACADE-201';
  const client = new ChargingStationClient({ version: v201, url: `ws://127.0.0.1:${port}/ocpp`, identity, pingIntervalMs: 0, heartbeat: false });
  const station: Call = (action, payload) => client.station.endpoint.call(action, payload);
  for (const [action, fn] of Object.entries(stationHandlers(log, () => station))) client.station.endpoint.handle(action, (req) => fn(req, identity));
  const idToken = { idToken: '04A2B3C4', type: 'ISO14443' };
  try {
    await client.open();
    await until(() => csms.stationRef(identity) !== undefined);
    assert.equal(((await station('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M1', vendorName: 'V' } })) as { status: string }).status, 'Pending');
    const offline = { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'OfflineThreshold' } };
    assert.equal((await csms.setVariables(identity, { variables: [{ ...offline, value: '300' }] })).results[0]!.status, 'Accepted');
    assert.equal((await csms.getVariables(identity, { variables: [offline] })).results[0]!.value, '300');
    assert.equal(((await csms.station(identity)!.endpoint.call('GetBaseReport', { requestId: 42, reportBase: 'FullInventory' })) as { status: string }).status, 'Accepted');
    await waits.reportDone;
    assert.equal((await csms.trigger(identity, { requestedMessage: 'BootNotification' })).status, 'Accepted');
    await waits.bootAccepted;
    await new Promise((resolve) => setImmediate(resolve));

    await station('StatusNotification', { timestamp: now(), connectorStatus: 'Available', evseId: 1, connectorId: 1 });
    await station('Heartbeat', {});
    await station('Authorize', { idToken });
    const start = await csms.remoteStart(identity, { remoteStartId: 7, idToken: { id: idToken.idToken, type: 'ISO14443' }, evseId: 1 });
    assert.deepEqual([start.status, start.transactionId, start.remoteStartId], ['Accepted', 'tx-7', 7]);
    const transactionId = start.transactionId!;
    const meterValue = [{ timestamp: now(), sampledValue: [{ value: 1234.5, measurand: 'Energy.Active.Import.Register' }] }];
    await station('TransactionEvent', { eventType: 'Started', timestamp: now(), triggerReason: 'RemoteStart', seqNo: 0, transactionInfo: { transactionId, remoteStartId: 7 }, idToken, evse: { id: 1, connectorId: 1 } });
    await station('TransactionEvent', { eventType: 'Updated', timestamp: now(), triggerReason: 'MeterValuePeriodic', seqNo: 1, transactionInfo: { transactionId, chargingState: 'Charging' }, meterValue });
    await station('MeterValues', { evseId: 1, meterValue });
    assert.equal((await csms.remoteStop(identity, { transactionId })).status, 'Accepted');
    await station('TransactionEvent', { eventType: 'Ended', timestamp: now(), triggerReason: 'RemoteStop', seqNo: 2, transactionInfo: { transactionId, stoppedReason: 'Remote' }, meterValue });
    assert.equal((await csms.trigger(identity, { requestedMessage: 'StatusNotification', evse: { evseId: 1, connectorId: 1 } })).status, 'Accepted');
    await waits.statusOccupied;
    assert.equal((await csms.unlock(identity, { evseId: 1, connectorId: 1 })).status, 'Unlocked');
    assert.equal((await csms.reset(identity, { type: 'OnIdle' })).status, 'Accepted');
    const refused = await csms.station(identity)!.endpoint.call('ClearCache', {}).then(() => undefined, codeOf);
    assert.ok(refused === 'NotSupported' || refused === 'NotImplemented', String(refused));

    assert.deepEqual(log.received, expectedReceived(identity));
    assert.deepEqual(log.seen, expectedSeen);
    const record = csms.transaction(identity, transactionId)!;
    assert.deepEqual([record.state, record.remoteStartId, record.stopReason, record.chargingState, record.seqNos], ['Ended', 7, 'Remote', 'Charging', [0, 1, 2]]);
  } finally {
    await client.close();
    await csms.close();
  }
});
