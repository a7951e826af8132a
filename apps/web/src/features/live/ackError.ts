import { ErrorCode, type LiveAck } from '@praxis/contracts';
import type { TFunction } from 'i18next';
import { ClientErrorCode } from '../../api/ApiError';

const KNOWN: ReadonlySet<string> = new Set([...Object.values(ErrorCode), ...Object.values(ClientErrorCode)]);

/** The reader-language sentence for a failed socket acknowledgement. */
export function ackErrorText(t: TFunction, ack: Extract<LiveAck<unknown>, { ok: false }>): string {
  if (ack.code === 'already_voted') return t('live.errors.already_voted');
  if (KNOWN.has(ack.code)) return t(`errors.${ack.code}` as 'errors.unknown_error');
  return t('errors.unknown_error');
}
