import { toFieldErrors, type FieldError } from '@praxis/contracts';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { isApiError } from '../api/ApiError';

/** The first error of each field, by its path in the request body. */
export type FieldErrors = Readonly<Partial<Record<string, FieldError>>>;

/** Field codes with their own sentence; anything else gets the generic one. */
const TRANSLATED_CODES = [
  'too_small',
  'too_big',
  'invalid_type',
  'invalid_email',
  'invalid_value',
  'unrecognized_keys',
  'weak_password',
  'unknown_country',
  'unknown_time_zone',
  'taken',
  'not_in_network',
  'wrong_password',
  'duplicate',
  'not_in_session',
  'must_be_past',
] as const;
type TranslatedCode = (typeof TRANSLATED_CODES)[number];

function isTranslatedCode(code: string | undefined): code is TranslatedCode {
  return (TRANSLATED_CODES as readonly (string | undefined)[]).includes(code);
}

export function byPath(errors: readonly FieldError[]): FieldErrors {
  const result: Record<string, FieldError> = {};
  for (const error of errors) result[error.path] ??= error;
  return result;
}

/** What the shared zod schema found wrong in the browser, shaped like the API's `fields`. */
export function fieldErrorsOfSchema(error: z.ZodError): FieldErrors {
  return byPath(toFieldErrors(error));
}

/** The `fields` of an API error, whatever its code (validation_failed, slug_taken, wrong_password…). */
export function fieldErrorsOfApi(error: unknown): FieldErrors {
  return isApiError(error) ? byPath(error.fields) : {};
}

/** The sentence shown next to a field, in the reader's language, from the error's code and params. */
export function translateFieldError(
  t: TFunction,
  error: FieldError | undefined,
): string | undefined {
  if (!error) return undefined;
  const params = error.params ?? {};
  if (error.code === 'too_small' && Number(params.minimum ?? 1) <= 1)
    return t('fieldErrors.required');
  if (!isTranslatedCode(error.code)) return t('fieldErrors.generic');
  if (error.code === 'too_small') return t('fieldErrors.too_small', { minimum: params.minimum });
  if (error.code === 'too_big') return t('fieldErrors.too_big', { maximum: params.maximum });
  return t(`fieldErrors.${error.code}`);
}
