import { loginRequestSchema } from './auth';
import { toFieldErrors } from './validation';

describe('toFieldErrors', () => {
  it('names the offending field and the unknown key', () => {
    const result = loginRequestSchema.safeParse({
      email: 'not-an-email',
      password: 'x',
      admin: true,
    });
    expect(result.success).toBe(false);
    const fields = toFieldErrors(result.error!);
    expect(fields.map((f) => f.path).sort()).toEqual(['admin', 'email']);
    expect(fields.find((f) => f.path === 'admin')).toMatchObject({
      message: 'is not a known field',
      code: 'unrecognized_keys',
    });
    expect(fields.find((f) => f.path === 'email')?.code).toBe('invalid_email');
  });

  it('accepts a well-formed login', () => {
    expect(loginRequestSchema.safeParse({ email: 'a@b.org', password: 'secret' }).success).toBe(
      true,
    );
  });
});

describe('toFieldErrors with limits and custom codes', () => {
  it('carries the minimum and our own codes', () => {
    const { newPasswordSchema } = jest.requireActual<typeof import('./account')>('./account');
    const short = newPasswordSchema.safeParse('short');
    expect(toFieldErrors(short.error!)[0]).toMatchObject({
      code: 'too_small',
      params: { minimum: 10 },
    });
    const { countryCodeSchema } = jest.requireActual<typeof import('./countries')>('./countries');
    expect(toFieldErrors(countryCodeSchema.safeParse('ZZ').error!)[0]?.code).toBe(
      'unknown_country',
    );
  });
});
