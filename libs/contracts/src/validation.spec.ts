import { loginRequestSchema } from './auth';
import { toFieldErrors } from './validation';

describe('toFieldErrors', () => {
  it('names the offending field and the unknown key', () => {
    const result = loginRequestSchema.safeParse({ email: 'not-an-email', password: 'x', admin: true });
    expect(result.success).toBe(false);
    const fields = toFieldErrors(result.error!);
    expect(fields.map((f) => f.path).sort()).toEqual(['admin', 'email']);
    expect(fields.find((f) => f.path === 'admin')?.message).toBe('is not a known field');
  });

  it('accepts a well-formed login', () => {
    expect(loginRequestSchema.safeParse({ email: 'a@b.org', password: 'secret' }).success).toBe(true);
  });
});
