/**
 * Registration state (B02, B03): what each side refuses before the station's
 * BootNotification is Accepted.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChargingStation } from '../../src/roles/charging-station.js';
import { Csms } from '../../src/roles/csms.js';
import { NotRegisteredError, Registration, type RegistrationStatus } from '../../src/roles/registration.js';
import { v16 } from '../../src/v16/index.js';
import { v201 } from '../../src/v201/index.js';
import { v21 } from '../../src/v21/index.js';
import { recorder } from '../support/memory-transport.js';

const NOW = '2024-05-01T12:00:00Z';
const bootFrame = (id: string) =>
  JSON.stringify([2, id, 'BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } }]);
const statusFrame = (id: string) =>
  JSON.stringify([2, id, 'StatusNotification', { timestamp: NOW, connectorStatus: 'Available', evseId: 1, connectorId: 1 }]);
const notifyReportFrame = (id: string, requestId: number, tbc: boolean) =>
  JSON.stringify([2, id, 'NotifyReport', { requestId, generatedAt: NOW, seqNo: 0, tbc }]);

/** A CSMS whose BootNotification handler answers `status`, driven frame by frame. */
function csmsAnswering(status: 'Accepted' | 'Pending' | 'Rejected', options: { registration?: boolean | { initialStatus: RegistrationStatus } } = {}) {
  const wire = recorder();
  const csms = new Csms(v201, {
    ...options,
    handlers: {
      BootNotification: () => ({ currentTime: NOW, interval: 60, status }),
      StatusNotification: () => ({}),
      Heartbeat: () => ({ currentTime: NOW }),
      NotifyReport: () => ({}),
    },
  });
  csms.attach(wire.send);
  const reply = (text: string) => {
    wire.clear();
    csms.receive(text);
    return wire.last() as unknown[];
  };
  return { csms, wire, reply };
}

test('TC_B_30_CSMS: in Pending the CSMS answers a StatusNotification with SecurityError (B02.FR.09)', () => {
  const { csms, reply } = csmsAnswering('Pending');
  assert.equal((reply(bootFrame('b1'))[2] as { status: string }).status, 'Pending');
  assert.equal(csms.registrationStatus, 'Pending');
  const answer = reply(statusFrame('s1'));
  assert.deepEqual(answer.slice(0, 3), [4, 's1', 'SecurityError']);
  assert.deepEqual(reply('[2,"h1","Heartbeat",{}]').slice(0, 3), [4, 'h1', 'SecurityError']);
  // BootNotification itself always passes.
  assert.equal(reply(bootFrame('b2'))[0], 3);
  csms.close();
});

test('TC_B_30_CSMS: when Rejected the CSMS answers other calls with SecurityError (B03.FR.07)', () => {
  const { csms, reply } = csmsAnswering('Rejected');
  reply(bootFrame('b1'));
  assert.equal(csms.registrationStatus, 'Rejected');
  assert.deepEqual(reply(statusFrame('s1')).slice(0, 3), [4, 's1', 'SecurityError']);
  assert.equal(reply(bootFrame('b2'))[0], 3);
  csms.close();
});

test('before any BootNotification the CSMS answers other calls with SecurityError (B02.FR.09)', () => {
  const { csms, reply } = csmsAnswering('Accepted');
  assert.equal(csms.registrationStatus, 'Unknown');
  assert.deepEqual(reply(statusFrame('s1')).slice(0, 3), [4, 's1', 'SecurityError']);
  reply(bootFrame('b1'));
  assert.equal(csms.registrationStatus, 'Accepted');
  assert.deepEqual(reply(statusFrame('s2')), [3, 's2', {}]);
  csms.close();
});

test('a known station that reconnects without booting: initialStatus Accepted', () => {
  const { csms, reply } = csmsAnswering('Accepted', { registration: { initialStatus: 'Accepted' } });
  assert.deepEqual(reply(statusFrame('s1')), [3, 's1', {}]);
  csms.close();
});

test('registration: false leaves it to the application', () => {
  const { csms, reply } = csmsAnswering('Pending', { registration: false });
  reply(bootFrame('b1'));
  assert.equal(csms.registrationStatus, undefined);
  assert.deepEqual(reply(statusFrame('s1')), [3, 's1', {}]);
  csms.close();
});

test('in Pending, the message a TriggerMessage asked for passes the CSMS, once the station accepted it', async () => {
  const { csms, wire, reply } = csmsAnswering('Pending');
  reply(bootFrame('b1'));
  // Rejected trigger: still refused.
  wire.clear();
  const refused = csms.call('TriggerMessage', { requestedMessage: 'StatusNotification' });
  const [, id1] = wire.last() as [number, string];
  csms.receive(JSON.stringify([3, id1, { status: 'Rejected' }]));
  await refused;
  assert.deepEqual(reply(statusFrame('s1')).slice(0, 3), [4, 's1', 'SecurityError']);
  // Accepted trigger: the triggered message passes.
  wire.clear();
  const trigger = csms.call('TriggerMessage', { requestedMessage: 'StatusNotification' });
  const [, id2] = wire.last() as [number, string];
  csms.receive(JSON.stringify([3, id2, { status: 'Accepted' }]));
  await trigger;
  assert.deepEqual(reply(statusFrame('s2')), [3, 's2', {}]);
  // Other messages stay refused.
  assert.deepEqual(reply('[2,"h1","Heartbeat",{}]').slice(0, 3), [4, 'h1', 'SecurityError']);
  csms.close();
});

test('in Pending, NotifyReport passes for an accepted GetBaseReport until the report ends (tbc false)', async () => {
  const { csms, wire, reply } = csmsAnswering('Pending');
  reply(bootFrame('b1'));
  wire.clear();
  const report = csms.call('GetBaseReport', { requestId: 3, reportBase: 'FullInventory' });
  const [, id] = wire.last() as [number, string];
  csms.receive(JSON.stringify([3, id, { status: 'Accepted' }]));
  await report;
  assert.deepEqual(reply(notifyReportFrame('n4', 4, false)).slice(0, 3), [4, 'n4', 'SecurityError'], 'another requestId');
  assert.deepEqual(reply(notifyReportFrame('n1', 3, true)), [3, 'n1', {}]);
  assert.deepEqual(reply(notifyReportFrame('n2', 3, false)), [3, 'n2', {}]);
  assert.deepEqual(reply(notifyReportFrame('n3', 3, false)).slice(0, 3), [4, 'n3', 'SecurityError'], 'the report has ended');
  csms.close();
});

test('B03.FR.03: a CSMS does not initiate messages to a station it rejected', async () => {
  const { csms, wire, reply } = csmsAnswering('Rejected');
  reply(bootFrame('b1'));
  wire.clear();
  await assert.rejects(csms.call('Reset', { type: 'Immediate' }), NotRegisteredError);
  assert.deepEqual(wire.frames, []);
  csms.close();
});

/** A station whose BootNotification got `status`. */
async function stationWith(status: 'Accepted' | 'Pending' | 'Rejected') {
  const wire = recorder();
  const station = new ChargingStation(v201, {
    handlers: {
      GetBaseReport: () => ({ status: 'Accepted' }),
      SetVariables: (req) => ({
        setVariableResult: req.setVariableData.map((d) => ({ attributeStatus: 'Accepted' as const, component: d.component, variable: d.variable })),
      }),
      TriggerMessage: () => ({ status: 'Accepted' }),
    },
  });
  station.attach(wire.send);
  const boot = station.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } });
  const [, id] = wire.last() as [number, string];
  station.receive(JSON.stringify([3, id, { currentTime: NOW, interval: 60, status }]));
  await boot;
  wire.clear();
  const reply = (text: string) => {
    wire.clear();
    station.receive(text);
    return wire.last() as unknown[];
  };
  return { station, wire, reply };
}

test('TC_B_30_CS: a Rejected station answers the CSMS with SecurityError (B03.FR.08)', async () => {
  const { station, reply } = await stationWith('Rejected');
  assert.equal(station.registrationStatus, 'Rejected');
  assert.deepEqual(reply('[2,"g1","GetBaseReport",{"requestId":1,"reportBase":"FullInventory"}]').slice(0, 3), [4, 'g1', 'SecurityError']);
  station.close();
});

test('a Rejected station sends nothing but BootNotification', async () => {
  const { station, wire } = await stationWith('Rejected');
  await assert.rejects(station.call('Heartbeat', {}), (err: unknown) => err instanceof NotRegisteredError && err.status === 'Rejected');
  assert.deepEqual(wire.frames, []);
  station.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } }).catch(() => {});
  assert.equal((JSON.parse(wire.frames[0]!) as unknown[])[2], 'BootNotification');
  station.close();
});

test('TC_B_02_CS: a Pending station answers the CSMS and sends only what was asked for', async () => {
  const { station, wire, reply } = await stationWith('Pending');
  assert.equal(station.registrationStatus, 'Pending');
  assert.equal(reply('[2,"v1","SetVariables",{"setVariableData":[{"attributeValue":"300","component":{"name":"OCPPCommCtrlr"},"variable":{"name":"OfflineThreshold"}}]}]')[0], 3);
  await assert.rejects(station.call('NotifyReport', { requestId: 9, generatedAt: NOW, seqNo: 0 }), NotRegisteredError);
  assert.equal(reply('[2,"g1","GetBaseReport",{"requestId":9,"reportBase":"FullInventory"}]')[0], 3);
  wire.clear();
  station.call('NotifyReport', { requestId: 9, generatedAt: NOW, seqNo: 0 }).catch(() => {});
  assert.equal((JSON.parse(wire.frames[0]!) as unknown[])[2], 'NotifyReport');
  station.close();
});

test('a station calls queued behind its BootNotification go out once it is Accepted', async () => {
  const wire = recorder();
  const station = new ChargingStation(v201);
  station.attach(wire.send);
  const boot = station.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } });
  const heartbeat = station.call('Heartbeat', {});
  const [, id] = JSON.parse(wire.frames[0]!) as [number, string];
  station.receive(JSON.stringify([3, id, { currentTime: NOW, interval: 60, status: 'Accepted' }]));
  await boot;
  assert.equal((JSON.parse(wire.frames[1]!) as unknown[])[2], 'Heartbeat');
  const [, hid] = JSON.parse(wire.frames[1]!) as [number, string];
  station.receive(JSON.stringify([3, hid, { currentTime: NOW }]));
  assert.deepEqual(await heartbeat, { currentTime: NOW });
  station.close();
});

test('Registration: a new boot answer resets the permissions', () => {
  const reg = new Registration(v201.registration);
  const seq: RegistrationStatus[] = [];
  reg.observe('BootNotification', {}, { status: 'Pending' });
  seq.push(reg.status);
  reg.observe('TriggerMessage', { requestedMessage: 'SignV2GCertificate' }, { status: 'Accepted' });
  assert.ok(reg.admitsStationCall('SignCertificate', {}));
  reg.observe('BootNotification', {}, { status: 'Pending' });
  assert.ok(!reg.admitsStationCall('SignCertificate', {}));
  reg.observe('BootNotification', {}, { status: 'Accepted' });
  seq.push(reg.status);
  assert.ok(reg.admitsStationCall('SignCertificate', {}));
  reg.observe('BootNotification', {}, { status: 'Bogus' });
  assert.equal(reg.status, 'Accepted');
  assert.deepEqual(seq, ['Pending', 'Accepted']);
});

test('2.1: the trigger values 2.1 adds permit their message while Pending (SignV2G20Certificate: SignCertificate)', () => {
  const reg = new Registration(v21.registration, 'Pending');
  assert.ok(!reg.admitsStationCall('SignCertificate', {}));
  reg.observe('TriggerMessage', { requestedMessage: 'SignV2G20Certificate' }, { status: 'Accepted' });
  assert.ok(reg.admitsStationCall('SignCertificate', {}));
  // CustomTrigger names no message: nothing more is permitted.
  reg.observe('TriggerMessage', { requestedMessage: 'CustomTrigger' }, { status: 'Accepted' });
  assert.ok(!reg.admitsStationCall('Heartbeat', {}));
});

// OCPP 1.6 edition 2, 4.2; OCPP-J 1.6 errata 3.8; security whitepaper 5.5 (ExtendedTriggerMessage).
const boot16 = (id: string) => JSON.stringify([2, id, 'BootNotification', { chargePointVendor: 'V', chargePointModel: 'M' }]);
const status16 = (id: string) => JSON.stringify([2, id, 'StatusNotification', { connectorId: 0, errorCode: 'NoError', status: 'Available' }]);

function centralSystem16(status: 'Accepted' | 'Pending' | 'Rejected') {
  const wire = recorder();
  const csms = new Csms(v16, {
    handlers: {
      BootNotification: () => ({ currentTime: NOW, interval: 60, status }),
      StatusNotification: () => ({}),
      Heartbeat: () => ({ currentTime: NOW }),
      SignCertificate: () => ({ status: 'Accepted' }),
    },
  });
  csms.attach(wire.send);
  const reply = (text: string) => {
    wire.clear();
    csms.receive(text);
    return wire.last() as unknown[];
  };
  return { csms, wire, reply };
}

test('1.6: before an accepted boot the Central System answers other CALLs with SecurityError (OCPP-J errata 3.8)', () => {
  const { csms, reply } = centralSystem16('Accepted');
  assert.deepEqual(reply(status16('s1')).slice(0, 3), [4, 's1', 'SecurityError']);
  assert.equal(reply(boot16('b1'))[0], 3);
  assert.equal(csms.registrationStatus, 'Accepted');
  assert.deepEqual(reply(status16('s2')), [3, 's2', {}]);
  csms.close();
});

test('1.6 Pending: only what TriggerMessage or ExtendedTriggerMessage asked for passes (4.2)', async () => {
  const { csms, wire, reply } = centralSystem16('Pending');
  reply(boot16('b1'));
  assert.equal(csms.registrationStatus, 'Pending');
  assert.deepEqual(reply(status16('s1')).slice(0, 3), [4, 's1', 'SecurityError']);
  wire.clear();
  const trigger = csms.call('TriggerMessage', { requestedMessage: 'StatusNotification', connectorId: 0 });
  csms.receive(JSON.stringify([3, (wire.last() as [number, string])[1], { status: 'Accepted' }]));
  await trigger;
  assert.deepEqual(reply(status16('s2')), [3, 's2', {}]);
  assert.deepEqual(reply('[2,"h1","Heartbeat",{}]').slice(0, 3), [4, 'h1', 'SecurityError']);
  wire.clear();
  const extended = csms.call('ExtendedTriggerMessage', { requestedMessage: 'SignChargePointCertificate' });
  csms.receive(JSON.stringify([3, (wire.last() as [number, string])[1], { status: 'Accepted' }]));
  await extended;
  assert.equal(reply('[2,"c1","SignCertificate",{"csr":"-----BEGIN CERTIFICATE REQUEST-----"}]')[0], 3);
  csms.close();
});

test('1.6 Pending: the Central System does not send RemoteStartTransaction or RemoteStopTransaction (4.2), other requests go', async () => {
  const { csms, wire, reply } = centralSystem16('Pending');
  reply(boot16('b1'));
  wire.clear();
  await assert.rejects(csms.call('RemoteStartTransaction', { idTag: 'TAG' }), (err: unknown) => err instanceof NotRegisteredError && err.status === 'Pending');
  await assert.rejects(csms.call('RemoteStopTransaction', { transactionId: 1 }), NotRegisteredError);
  assert.deepEqual(wire.frames, []);
  void csms.call('GetConfiguration', {}).catch(() => undefined);
  assert.equal((JSON.parse(wire.frames[0]!) as unknown[])[2], 'GetConfiguration');
  csms.close();
});

test('1.6 Rejected: the Central System refuses the Charge Point and initiates nothing', async () => {
  const { csms, wire, reply } = centralSystem16('Rejected');
  reply(boot16('b1'));
  assert.deepEqual(reply(status16('s1')).slice(0, 3), [4, 's1', 'SecurityError']);
  wire.clear();
  await assert.rejects(csms.call('Reset', { type: 'Soft' }), NotRegisteredError);
  assert.deepEqual(wire.frames, []);
  csms.close();
});

test('1.6 Rejected: the Charge Point does not respond to the Central System at all (4.2), and says so in a report', async () => {
  const wire = recorder();
  const station = new ChargingStation(v16, { handlers: { Reset: () => ({ status: 'Accepted' }) } });
  const bad: { code: string; answered: boolean }[] = [];
  station.on('badMessage', (e) => bad.push({ code: e.code, answered: e.answered }));
  station.attach(wire.send);
  const boot = station.call('BootNotification', { chargePointVendor: 'V', chargePointModel: 'M' });
  station.receive(JSON.stringify([3, (wire.last() as [number, string])[1], { currentTime: NOW, interval: 60, status: 'Rejected' }]));
  await boot;
  wire.clear();
  station.receive('[2,"r1","Reset",{"type":"Hard"}]');
  assert.deepEqual(wire.frames, []);
  assert.deepEqual(bad, [{ code: 'SecurityError', answered: false }]);
  await assert.rejects(station.call('Heartbeat', {}), NotRegisteredError);
  station.close();
});
