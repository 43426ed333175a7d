/**
 * 1.6 DataTransfer, which goes both ways: as a station message and as a
 * command. 1.6 data is a string (rule data-as-text-16).
 */
import type * as M from '../../v16/generated/messages.js';
import { context, lose, type ConversionOptions } from '../errors.js';
import type { CommandCodec, StationMessageCodec } from '../types/maps.js';
import type { DataTransfer, DataTransferAnswer } from '../types/station.js';
import { compact } from '../util.js';
import { dropStatusInfo } from './common.js';

const V = '1.6';

function text(data: unknown, field: string, options: ConversionOptions | undefined): string | undefined {
  if (data === undefined || typeof data === 'string') return data;
  lose(context(V, options), 'data-as-text-16', field, 'sent as JSON text');
  return JSON.stringify(data);
}

const read = (p: M.DataTransferRequest): DataTransfer => compact({ vendorId: p.vendorId, messageId: p.messageId, data: p.data });
const write = (t: DataTransfer, options?: ConversionOptions): M.DataTransferRequest =>
  compact({ vendorId: t.vendorId, messageId: t.messageId, data: text(t.data, 'data', options) });
const readAnswer = (p: M.DataTransferResponse): DataTransferAnswer => compact({ status: p.status, data: p.data });
function writeAnswer(a: DataTransferAnswer, options?: ConversionOptions): M.DataTransferResponse {
  dropStatusInfo(context(V, options), a.statusInfo, 'statusInfo');
  return compact({ status: a.status, data: text(a.data, 'data', options) });
}

const station: StationMessageCodec<'dataTransfer', M.DataTransferRequest, M.DataTransferResponse> = {
  message: 'dataTransfer',
  readRequest: read,
  writeRequest: write,
  readResponse: readAnswer,
  writeResponse: writeAnswer,
};

const command: CommandCodec<'dataTransfer', M.DataTransferRequest, M.DataTransferResponse> = {
  command: 'dataTransfer',
  writeRequest: write,
  readResponse: readAnswer,
  readRequest: read,
  writeResponse: (a, _c, options) => writeAnswer(a, options),
};

/** 1.6 DataTransfer as a station message and as a command. */
export const dataTransferCodec16 = { station, command } as const;
