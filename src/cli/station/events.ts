/**
 * What a simulated station did, as events for a timeline (describe.ts words
 * them), in any version: statuses and charging states as the version spells
 * them.
 */
export type StationEvent =
  | { readonly type: 'booted'; readonly status: string; readonly interval: number }
  | { readonly type: 'status'; readonly evseId: number; readonly connectorId: number; readonly status: string }
  | { readonly type: 'authorized'; readonly evseId: number; readonly idToken: string; readonly status: string }
  | { readonly type: 'transactionStarted'; readonly evseId: number; readonly transactionId: string; readonly triggerReason: string }
  | { readonly type: 'charging'; readonly evseId: number; readonly transactionId: string | undefined; readonly powerW: number }
  | { readonly type: 'suspended'; readonly evseId: number; readonly transactionId: string | undefined; readonly chargingState: string }
  | { readonly type: 'transactionEnded'; readonly evseId: number; readonly transactionId: string; readonly energyWh: number; readonly stoppedReason: string }
  /** What the EVSE offers changed: `powerW` below its rating, or undefined when nothing limits it any more. */
  | { readonly type: 'limit'; readonly evseId: number; readonly powerW: number | undefined }
  | { readonly type: 'fault'; readonly evseId: number; readonly connectorId: number; readonly errorCode: string | undefined }
  | { readonly type: 'reset'; readonly resetType: string }
  | { readonly type: 'error'; readonly message: string };

/** Where the parts of a station report what they did. */
export type EmitEvent = (event: StationEvent) => void;

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
