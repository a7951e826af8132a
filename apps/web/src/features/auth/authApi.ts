import type { LoginRequest, MeResponse } from '@praxis/contracts';
import { isApiError } from '../../api/ApiError';
import { apiFetch } from '../../api/apiFetch';

export const meQueryKey = ['auth', 'me'] as const;

/** The signed-in user, or null when nobody is signed in. */
export async function fetchMe(signal?: AbortSignal): Promise<MeResponse | null> {
  try {
    return await apiFetch<MeResponse>('/auth/me', { signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function login(credentials: LoginRequest): Promise<MeResponse> {
  return apiFetch<MeResponse>('/auth/login', { method: 'POST', body: credentials });
}

export function logout(): Promise<undefined> {
  return apiFetch<undefined>('/auth/logout', { method: 'POST' });
}
