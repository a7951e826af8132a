import { createNetworkSchema } from '@praxis/contracts';
import { ApiError } from '../api/ApiError';
import { fieldErrorsOfApi, fieldErrorsOfSchema, translateFieldError } from './fieldErrors';
import { createI18n } from './i18n';

describe('field errors', () => {
  it('translates a code with its params into the reader’s language', async () => {
    const i18n = createI18n();
    await i18n.changeLanguage('fr');
    const error = {
      path: 'password',
      message: 'Too small',
      code: 'too_small',
      params: { minimum: 10 },
    };
    expect(translateFieldError(i18n.t, error)).toBe('Saisissez au moins 10 caractères.');
    expect(translateFieldError(i18n.t, { path: 'x', message: 'x', code: 'unknown_country' })).toBe(
      'Choisissez un pays dans la liste.',
    );
  });

  it('says "required" for a minimum of one and falls back to a generic sentence', () => {
    const { t } = createI18n();
    expect(
      translateFieldError(t, {
        path: 'name',
        message: 'x',
        code: 'too_small',
        params: { minimum: 1 },
      }),
    ).toBe('Fill in this field.');
    expect(translateFieldError(t, { path: 'slug', message: 'x', code: 'invalid_regex' })).toBe(
      'Check this field.',
    );
    expect(translateFieldError(t, { path: 'slug', message: 'x' })).toBe('Check this field.');
    expect(translateFieldError(t, undefined)).toBeUndefined();
  });

  it('reads the shared schema’s issues and the API’s fields the same way, first error per field', () => {
    const parsed = createNetworkSchema.safeParse({ name: 'x', slug: 'Not A Slug' });
    expect(parsed.success).toBe(false);
    const fromSchema = parsed.success ? {} : fieldErrorsOfSchema(parsed.error);
    expect(fromSchema.name).toMatchObject({ code: 'too_small', params: { minimum: 2 } });
    expect(fromSchema.slug?.code).toBe('invalid_regex');

    const api = new ApiError(409, {
      statusCode: 409,
      error: 'Conflict',
      message: 'x',
      code: 'slug_taken',
      fields: [
        { path: 'slug', message: 'taken', code: 'taken' },
        { path: 'slug', message: 'second', code: 'too_big' },
      ],
    });
    expect(fieldErrorsOfApi(api)).toEqual({
      slug: { path: 'slug', message: 'taken', code: 'taken' },
    });
    expect(fieldErrorsOfApi(new Error('boom'))).toEqual({});
  });
});
