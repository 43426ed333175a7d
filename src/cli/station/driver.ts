/**
 * The EV driver at the reader (C01, C09, C12, C16, E07): an idToken
 * presented starts a session on an EVSE, or stops the one it (or an idToken
 * of the same group) started, without asking the CSMS again when it is the
 * same idToken. A master pass (AuthCtrlr.MasterPassGroupId) stops every
 * transaction and starts none; this station has no screen to choose one
 * (C16.FR.02, C16.FR.03).
 */
import { ControlError } from '../control/types.js';
import type { IdTokenInfoType, IdTokenType } from '../lib.js';
import type { Authorizer } from './authorization.js';
import type { Charging } from './charging.js';
import type { Equipment, Evse } from './evse.js';
import type { EmitEvent } from './events.js';

export interface Presented {
  readonly result: 'authorized' | 'stopped' | 'refused';
  /** The EVSEs the idToken started or stopped a session on. */
  readonly evseIds: readonly number[];
  /** The authorization status, when the idToken was looked up. */
  readonly status?: string;
}

function sameToken(a: IdTokenType, b: IdTokenType): boolean {
  return a.idToken === b.idToken && a.type === b.type;
}

export class Driver {
  constructor(
    private readonly equipment: Equipment,
    private readonly auth: Authorizer,
    private readonly charging: Charging,
    private readonly emit: EmitEvent,
  ) {}

  /** Presents an idToken at an EVSE's reader, or at the station's when `evseId` is undefined. */
  async present(idToken: IdTokenType, evseId?: number): Promise<Presented> {
    const evses = evseId === undefined ? [...this.equipment.evses] : [this.evse(evseId)];
    const sessions = evses.filter((e) => e.session.authorization !== undefined);
    // E07: the idToken that started a session stops it, without a new authorization.
    const own = sessions.find((e) => sameToken(e.session.authorization!.idToken, idToken));
    if (own !== undefined) return this.stop([own], idToken, false, undefined);
    const target = evseId === undefined ? this.freeEvse() : sessions.length === 0 ? evses[0] : undefined;
    if (target !== undefined) this.check(target);
    else if (evseId === undefined && sessions.length === 0) throw new ControlError(409, 'no EVSE is free to start a session');
    const verdict = await this.auth.authorize(idToken);
    const info = verdict.info;
    const status = info?.status ?? 'Unknown';
    if (info?.status === 'Accepted') {
      if (this.auth.isMasterPass(info)) {
        const running = evses.filter((e) => e.session.active);
        return running.length > 0 ? this.stop(running, idToken, true, status) : { result: 'refused', evseIds: [], status };
      }
      // C09: an idToken of the group that started a session stops it.
      const group = info.groupIdToken?.idToken;
      const grouped = group === undefined ? undefined : sessions.find((e) => this.groupOf(e) === group);
      if (grouped !== undefined) return this.stop([grouped], idToken, false, status);
      // TC_C_26_CS: a session the CSMS deauthorized, only suspended (StopTxOnInvalidId false), is stopped by a valid idToken.
      const deauthorized = sessions.find((e) => this.charging.suspendedFor(e, 'invalidId'));
      if (deauthorized !== undefined) return this.stop([deauthorized], idToken, false, status);
    }
    if (target === undefined) {
      if (evseId === undefined) throw new ControlError(409, 'no EVSE is free to start a session');
      return { result: 'refused', evseIds: [], status };
    }
    this.emit({ type: 'authorized', evseId: target.id, idToken: idToken.idToken, status });
    if (info?.status !== 'Accepted') return { result: 'refused', evseIds: [target.id], status };
    this.check(target);
    const group = info.groupIdToken?.idToken;
    await this.charging.input(target, { type: 'authorize', idToken, ...(group !== undefined && { groupIdToken: group }) });
    return { result: 'authorized', evseIds: [target.id], status };
  }

  private evse(id: number): Evse {
    const evse = this.equipment.evse(id);
    if (evse === undefined) throw new ControlError(404, `there is no EVSE ${id}`);
    return evse;
  }

  /** The EVSE a station-wide reader starts a session on: one whose cable waits for an idToken, else a free one. */
  private freeEvse(): Evse | undefined {
    const free = this.equipment.evses.filter((e) => e.session.canAuthorize && this.equipment.available(e));
    return free.find((e) => e.session.connectorId !== undefined) ?? free[0];
  }

  /** Whether a session can start here at all (nothing asked of the CSMS when not). */
  private check(evse: Evse): void {
    if (!this.equipment.available(evse)) throw new ControlError(409, `EVSE ${evse.id} is Unavailable`);
    if (!evse.session.canAuthorize) throw new ControlError(409, `EVSE ${evse.id} is still occupied by the EV of the last session; unplug it first`);
    const connector = evse.session.connectorId === undefined ? undefined : evse.connector(evse.session.connectorId);
    if (connector?.faulted === true) throw new ControlError(409, `connector ${evse.id}/${connector.id} is Faulted`);
  }

  private groupOf(evse: Evse): string | undefined {
    const a = evse.session.authorization;
    return a === undefined ? undefined : (a.groupIdToken ?? this.auth.groupOf(a.idToken));
  }

  private async stop(evses: readonly Evse[], idToken: IdTokenType, masterPass: boolean, status: IdTokenInfoType['status'] | undefined): Promise<Presented> {
    await Promise.all(evses.map((e) => this.charging.input(e, { type: 'stopAuthorize', remote: false, idToken, masterPass })));
    return { result: 'stopped', evseIds: evses.map((e) => e.id), ...(status !== undefined && { status }) };
  }
}
