import { errorResponse, jsonResponse } from '../../test/fakeApi';
import { ApiError } from './ApiError';
import { apiFetch, parseRetryAfter } from './apiFetch';

function answerWith(response: Response | Error) {
  return jest
    .spyOn(globalThis, 'fetch')
    .mockImplementation(() =>
      response instanceof Error ? Promise.reject(response) : Promise.resolve(response),
    );
}

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('apiFetch', () => {
  it('sends JSON with the session cookie under /api and returns the parsed body', async () => {
    const fetchMock = answerWith(jsonResponse(200, { ok: true }));
    await expect(apiFetch('/auth/login', { method: 'POST', body: { a: 1 } })).resolves.toEqual({
      ok: true,
    });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/auth/login');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{"a":1}' });
    expect(init?.headers).toMatchObject({ 'Content-Type': 'application/json' });
  });

  it('resolves a 204 with undefined', async () => {
    answerWith(new Response(null, { status: 204 }));
    await expect(apiFetch('/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });

  it('resolves any other answer without a body with undefined (a 202 Accepted)', async () => {
    answerWith(new Response(null, { status: 202 }));
    await expect(
      apiFetch('/auth/password-reset', { method: 'POST', body: { email: 'a@b.example' } }),
    ).resolves.toBeUndefined();
  });

  it('turns an ErrorBody into an ApiError with status, code and fields', async () => {
    answerWith(
      errorResponse({
        statusCode: 400,
        error: 'Bad Request',
        message: 'Validation failed',
        code: 'validation_failed',
        fields: [{ path: 'email', message: 'Invalid email address' }],
      }),
    );
    const error = await caught(apiFetch('/auth/login', { method: 'POST', body: {} }));
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation_failed');
    expect(error.fieldError('email')?.message).toBe('Invalid email address');
    expect(error.retryAfter).toBeUndefined();
  });

  it('reads Retry-After seconds on a 429', async () => {
    answerWith(
      errorResponse(
        {
          statusCode: 429,
          error: 'Too Many Requests',
          message: 'Slow down',
          code: 'too_many_requests',
        },
        { 'Retry-After': '42' },
      ),
    );
    const error = await caught(apiFetch('/auth/login', { method: 'POST', body: {} }));
    expect(error).toMatchObject({ status: 429, code: 'too_many_requests', retryAfter: 42 });
  });

  it('falls back to unknown_error when the body is not an ErrorBody', async () => {
    answerWith(new Response('<h1>oops</h1>', { status: 500, statusText: 'Internal Server Error' }));
    const error = await caught(apiFetch('/networks'));
    expect(error).toMatchObject({ status: 500, code: 'unknown_error', fields: [] });
  });

  it('reports an unreachable API as network_error', async () => {
    answerWith(new Response('', { status: 502 }));
    await expect(caught(apiFetch('/networks'))).resolves.toMatchObject({ code: 'network_error' });

    answerWith(new TypeError('Failed to fetch'));
    await expect(caught(apiFetch('/networks'))).resolves.toMatchObject({
      status: 0,
      code: 'network_error',
    });
  });
});

describe('parseRetryAfter', () => {
  it('accepts delta-seconds and HTTP dates, rejects garbage', () => {
    const now = Date.parse('2030-01-01T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Tue, 01 Jan 2030 10:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Tue, 01 Jan 2030 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
