import { errorBodySchema, type ErrorBody } from '@praxis/contracts';
import { ApiError, ClientErrorCode } from './ApiError';

export const API_BASE = '/api';

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

/** Calls the Praxis API with the session cookie; resolves with the JSON body or rejects with an ApiError. */
export async function apiFetch<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method: request.method ?? 'GET',
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      credentials: 'same-origin',
      signal: request.signal,
    });
  } catch (error) {
    if (request.signal?.aborted) throw error;
    throw new ApiError(0, fallbackBody(0, ClientErrorCode.network, String(error)));
  }

  if (!response.ok) throw await toApiError(response);
  // 204, and a 202 "accepted" may come without a body.
  const text = await response.text();
  return (text.trim() === '' ? undefined : JSON.parse(text)) as T;
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  const parsed = errorBodySchema.safeParse(await response.json().catch(() => undefined));
  const body = parsed.success
    ? parsed.data
    : fallbackBody(response.status, codeWithoutBody(response.status), response.statusText);
  return new ApiError(response.status, body, retryAfter);
}

/** A gateway answering 502-504 without an ErrorBody means the API itself could not be reached. */
function codeWithoutBody(status: number): string {
  return status >= 502 && status <= 504 ? ClientErrorCode.network : ClientErrorCode.unknown;
}

function fallbackBody(statusCode: number, code: string, message: string): ErrorBody {
  return { statusCode, error: message, message, code };
}

/** Retry-After is either a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
