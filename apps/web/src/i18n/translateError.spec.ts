import { ApiError } from '../api/ApiError';
import { createI18n } from './i18n';
import { translateError } from './translateError';

const apiError = (code: string, retryAfter?: number) =>
  new ApiError(400, { statusCode: 400, error: 'x', message: 'server text', code }, retryAfter);

describe('translateError', () => {
  const { t } = createI18n();

  it('maps a known code to its sentence, never the server text', () => {
    expect(translateError(t, apiError('forbidden'))).toBe('You do not have access to this.');
  });

  it('says how long to wait when the API sent Retry-After', () => {
    expect(translateError(t, apiError('too_many_requests', 1))).toBe(
      'Too many attempts. Please wait 1 second and try again.',
    );
    expect(translateError(t, apiError('too_many_requests', 30))).toBe(
      'Too many attempts. Please wait 30 seconds and try again.',
    );
    expect(translateError(t, apiError('too_many_requests'))).toBe(
      'Too many attempts. Please wait a moment and try again.',
    );
  });

  it('falls back to a generic sentence for unknown codes and non-API errors', () => {
    expect(translateError(t, apiError('brand_new_code'))).toBe(
      'Something went wrong. Please try again.',
    );
    expect(translateError(t, new Error('boom'))).toBe('Something went wrong. Please try again.');
  });
});
