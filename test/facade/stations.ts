/**
 * Stations of each version for the facade's tests, driven with the
 * ChargingStationClient of their version: each accepts a remote start,
 * authorizes the token, starts the transaction, sends one meter reading,
 * and ends the transaction when it is remotely stopped. The facts are the
 * same for every version: start at 1000 Wh, a periodic reading of 1500 Wh,
 * stop at 2500 Wh with reason Remote, at the same three instants.
 */
import { ChargingStationClient } from '../../src/transport/websocket-client.js';
import { v16 } from '../../src/v16/index.js';
import { v201 } from '../../src/v201/index.js';
import { v21 } from '../../src/v21/index.js';

export const T0 = '2026-03-01T10:00:00Z';
export const T1 = '2026-03-01T10:15:00Z';
export const T2 = '2026-03-01T10:30:00Z';

/** What a station did, for the test to check. */
export interface StationLog {
  readonly events: string[];
  /** 1.6: the transaction id the CSMS answered StartTransaction with. */
  transactionId?: number | string;
}

type Client = ChargingStationClient<typeof v16> | ChargingStationClient<typeof v201> | ChargingStationClient<typeof v21>;

const later = (fn: () => Promise<unknown>, log: StationLog): void => {
  setImmediate(() => fn().catch((err: unknown) => log.events.push(`error ${err instanceof Error ? err.message : String(err)}`)));
};

/** A 1.6 Charge Point with one connector. */
export function station16(url: string, identity: string, log: StationLog): ChargingStationClient<typeof v16> {
  const client = new ChargingStationClient({
    version: v16,
    url,
    identity,
    pingIntervalMs: 0,
    heartbeat: false,
    bootNotification: { chargePointVendor: 'VendorX', chargePointModel: 'Model16' },
  });
  client.handle('RemoteStartTransaction', (req) => {
    log.events.push(`RemoteStartTransaction ${req.idTag} ${req.connectorId ?? ''}`);
    later(async () => {
      await client.call('Authorize', { idTag: req.idTag });
      const started = await client.call('StartTransaction', { connectorId: 1, idTag: req.idTag, meterStart: 1000, timestamp: T0 });
      log.transactionId = started.transactionId;
      await client.call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Charging', timestamp: T0 });
      await client.call('MeterValues', {
        connectorId: 1,
        transactionId: started.transactionId,
        meterValue: [{ timestamp: T1, sampledValue: [{ value: '1500', context: 'Sample.Periodic', measurand: 'Energy.Active.Import.Register', unit: 'Wh' }] }],
      });
    }, log);
    return { status: 'Accepted' };
  });
  client.handle('RemoteStopTransaction', (req) => {
    log.events.push(`RemoteStopTransaction ${req.transactionId}`);
    if (req.transactionId !== log.transactionId) return { status: 'Rejected' };
    later(async () => {
      await client.call('StopTransaction', { transactionId: req.transactionId, meterStop: 2500, timestamp: T2, reason: 'Remote' });
      await client.call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Finishing', timestamp: T2 });
    }, log);
    return { status: 'Accepted' };
  });
  return client;
}

/** A 2.0.1 or 2.1 station with one EVSE of one connector. */
export function station2x<V extends typeof v201 | typeof v21>(version: V, url: string, identity: string, log: StationLog): ChargingStationClient<V> {
  const client = new ChargingStationClient({
    version,
    url,
    identity,
    pingIntervalMs: 0,
    heartbeat: false,
    bootNotification: { reason: 'PowerUp', chargingStation: { vendorName: 'VendorX', model: `Model${version.version}` } },
  } as ConstructorParameters<typeof ChargingStationClient<V>>[0]) as ChargingStationClient<V>;
  // One surface for both 2.x versions: their messages used here have the same shape.
  const c = client as unknown as ChargingStationClient<typeof v201>;
  const transactionId = `TX-${identity}`;
  c.handle('RequestStartTransaction', (req) => {
    log.events.push(`RequestStartTransaction ${req.idToken.idToken} ${req.evseId ?? ''}`);
    later(async () => {
      await c.call('Authorize', { idToken: req.idToken });
      await c.call('TransactionEvent', {
        eventType: 'Started',
        timestamp: T0,
        triggerReason: 'RemoteStart',
        seqNo: 0,
        transactionInfo: { transactionId, remoteStartId: req.remoteStartId, chargingState: 'Charging' },
        evse: { id: 1, connectorId: 1 },
        idToken: req.idToken,
        meterValue: [{ timestamp: T0, sampledValue: [{ value: 1000, context: 'Transaction.Begin', measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } }] }],
      });
      log.transactionId = transactionId;
      await c.call('StatusNotification', { timestamp: T0, connectorStatus: 'Occupied', evseId: 1, connectorId: 1 });
      await c.call('TransactionEvent', {
        eventType: 'Updated',
        timestamp: T1,
        triggerReason: 'MeterValuePeriodic',
        seqNo: 1,
        transactionInfo: { transactionId },
        meterValue: [{ timestamp: T1, sampledValue: [{ value: 1500, context: 'Sample.Periodic', measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } }] }],
      });
    }, log);
    return { status: 'Accepted' };
  });
  c.handle('RequestStopTransaction', (req) => {
    log.events.push(`RequestStopTransaction ${req.transactionId}`);
    if (req.transactionId !== transactionId) return { status: 'Rejected' };
    later(
      () =>
        c.call('TransactionEvent', {
          eventType: 'Ended',
          timestamp: T2,
          triggerReason: 'RemoteStop',
          seqNo: 2,
          transactionInfo: { transactionId, stoppedReason: 'Remote' },
          meterValue: [{ timestamp: T2, sampledValue: [{ value: 2500, context: 'Transaction.End', measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } }] }],
        }),
      log,
    );
    return { status: 'Accepted' };
  });
  return client;
}

/** Any of the three. */
export type AnyClient = Client;
