import { ErrorCode } from '@praxis/contracts';
import type { TFunction } from 'i18next';
import { ClientErrorCode, isApiError } from '../api/ApiError';

const KNOWN_CODES: ReadonlySet<string> = new Set([
  ...Object.values(ErrorCode),
  ...Object.values(ClientErrorCode),
]);

type ErrorKey = `errors.${ErrorCode | (typeof ClientErrorCode)[keyof typeof ClientErrorCode]}`;

/** The reader-language sentence for any error thrown by an API call (or anything else). */
export function translateError(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.unknown_error');
  if (error.code === ErrorCode.tooManyRequests && error.retryAfter !== undefined) {
    return t('errors.too_many_requests_retry', { count: error.retryAfter });
  }
  if (!KNOWN_CODES.has(error.code)) return t('errors.unknown_error');
  return t(`errors.${error.code}` as ErrorKey);
}
