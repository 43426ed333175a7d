/**
 * A token decision spelled for each version: 2.0.1 and 2.1 idTokenInfo
 * (status, cacheExpiryDateTime, groupIdToken, evseId, chargingPriority,
 * language1, personalMessage), 1.6 idTagInfo (status, expiryDate,
 * parentIdTag). What a field of one version cannot carry is left out.
 */
import type { IdTagInfo } from '../../../v16/index.js';
import { IdTokenEnumType, type IdTokenInfoType as IdTokenInfo201 } from '../../../v201/index.js';
import type { IdTokenInfoType as IdTokenInfo21 } from '../../../v21/index.js';
import type { TokenDecision, TokenMessage } from './tokens.js';

/** 2.0.1 idTokenInfo of a decision. */
export function idTokenInfo201(d: TokenDecision): IdTokenInfo201 {
  const { groupIdToken, personalMessage, ...rest } = idTokenInfo2x(d, 36, 512);
  // 2.0.1 token types are an enumeration; a group of another type is sent as Central.
  const type = (IdTokenEnumType as readonly string[]).includes(groupIdToken?.type ?? '') ? (groupIdToken!.type as IdTokenEnumType) : 'Central';
  return {
    ...rest,
    ...(groupIdToken !== undefined && { groupIdToken: { idToken: groupIdToken.idToken, type } }),
    // A TokenMessage's formats are those 2.0.1 knows.
    ...(personalMessage !== undefined && { personalMessage: personalMessage as TokenMessage }),
  };
}

/** 2.1 idTokenInfo of a decision. */
export function idTokenInfo21(d: TokenDecision): IdTokenInfo21 {
  return idTokenInfo2x(d, 255, 1024);
}

function idTokenInfo2x(d: TokenDecision, maxIdToken: number, maxMessage: number): IdTokenInfo21 {
  const r = d.record;
  const message = r?.personalMessage;
  return {
    status: d.status,
    ...(d.expiresAt !== undefined && { cacheExpiryDateTime: d.expiresAt }),
    ...(r?.chargingPriority !== undefined && { chargingPriority: r.chargingPriority }),
    ...(d.group !== undefined && d.group.idToken.length <= maxIdToken && { groupIdToken: { idToken: d.group.idToken, type: d.group.type } }),
    ...(r?.language !== undefined && { language1: r.language }),
    ...(r?.evseIds !== undefined && { evseId: [...r.evseIds] }),
    ...(message !== undefined && message.content.length <= maxMessage && { personalMessage: { ...message } }),
  };
}

/** 1.6 statuses: the 2.x ones 1.6 lacks become Invalid (an unknown idTag is Invalid there). */
const status16: Readonly<Record<TokenDecision['status'], IdTagInfo['status']>> = {
  Accepted: 'Accepted',
  Blocked: 'Blocked',
  Expired: 'Expired',
  Invalid: 'Invalid',
  ConcurrentTx: 'ConcurrentTx',
  NoCredit: 'Invalid',
  NotAllowedTypeEVSE: 'Invalid',
  NotAtThisLocation: 'Invalid',
  NotAtThisTime: 'Invalid',
  Unknown: 'Invalid',
};

/** 1.6 idTagInfo of a decision: the group is the parentIdTag (at most 20 characters). */
export function idTagInfo16(d: TokenDecision): IdTagInfo {
  return {
    status: status16[d.status],
    ...(d.expiresAt !== undefined && { expiryDate: d.expiresAt }),
    ...(d.group !== undefined && d.group.idToken.length <= 20 && { parentIdTag: d.group.idToken }),
  };
}
