/**
 * The stations of the three-process cluster test (and of the cluster
 * benchmark), in one process: each a ChargingStationClient (OCPP 2.0.1)
 * that connects to the next URL of a round-robin list whenever its
 * connection is lost or refused. Each counts the DataTransfer CALLs it
 * receives by messageId, so the test can tell whether any CALL arrived
 * twice; a messageId starting with "slow" is answered after 4 s.
 */
import { ChargingStationClient } from '../../src/transport/websocket-client.js';
import { v201 } from '../../src/v201/index.js';

/** Parent to stations. */
export type ToStations =
  | { readonly t: 'start'; readonly urls: readonly string[]; readonly identities: readonly string[] }
  | { readonly t: 'stats'; readonly id: number }
  | { readonly t: 'move'; readonly id: number; readonly identity: string; readonly urlIndex: number };

/** Stations to parent. */
export type FromStations =
  | { readonly t: 'stats'; readonly id: number; readonly registered: number; readonly received: number; readonly duplicates: readonly string[]; readonly urlOf: Record<string, number> }
  | { readonly t: 'moved'; readonly id: number; readonly identity: string };

const send = (m: FromStations): void => void process.send!(m);
const received = new Map<string, number>();
let urls: readonly string[] = [];

class Station {
  client: ChargingStationClient<typeof v201> | undefined;
  urlIndex: number;
  registered = false;
  private stopped = false;

  constructor(readonly identity: string, first: number) {
    this.urlIndex = first;
  }

  async connect(): Promise<void> {
    const client = new ChargingStationClient({
      version: v201,
      url: urls[this.urlIndex]!,
      identity: this.identity,
      reconnect: false,
      heartbeat: false,
      pingIntervalMs: 0,
      bootNotification: { reason: 'PowerUp', chargingStation: { model: 'Cluster', vendorName: 'ocpp-model' } },
    });
    this.client = client;
    client.handle('DataTransfer', async (req) => {
      const id = req.messageId ?? '';
      received.set(id, (received.get(id) ?? 0) + 1);
      if (id.startsWith('slow')) await new Promise((r) => setTimeout(r, 4000));
      return { status: 'Accepted', data: req.data };
    });
    client.on('disconnect', () => {
      if (this.client !== client) return;
      this.registered = false;
      this.next();
    });
    try {
      await client.connect({ retry: false });
      this.registered = true;
    } catch {
      if (this.client === client) this.next();
    }
  }

  /** Round-robin: the next URL of the list, after a short random wait. */
  private next(): void {
    if (this.stopped) return;
    this.urlIndex = (this.urlIndex + 1) % urls.length;
    setTimeout(() => void this.connect(), 50 + Math.random() * 200);
  }

  async moveTo(urlIndex: number): Promise<void> {
    const old = this.client;
    this.client = undefined;
    this.registered = false;
    await old?.close();
    this.urlIndex = urlIndex;
    await this.connect();
  }
}

const stations = new Map<string, Station>();

process.on('message', (m: ToStations) => {
  if (m.t === 'start') {
    urls = m.urls;
    m.identities.forEach((identity, i) => {
      const s = new Station(identity, i % urls.length);
      stations.set(identity, s);
      void s.connect();
    });
  } else if (m.t === 'stats') {
    let registered = 0;
    const urlOf: Record<string, number> = {};
    for (const s of stations.values()) {
      if (s.registered) registered++;
      urlOf[s.identity] = s.urlIndex;
    }
    let total = 0;
    const duplicates: string[] = [];
    for (const [id, n] of received) {
      total += n;
      if (n > 1) duplicates.push(id);
    }
    send({ t: 'stats', id: m.id, registered, received: total, duplicates, urlOf });
  } else if (m.t === 'move') {
    void stations.get(m.identity)!.moveTo(m.urlIndex).then(() => send({ t: 'moved', id: m.id, identity: m.identity }));
  }
});
process.on('disconnect', () => process.exit(0));
