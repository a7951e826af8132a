import type { LoginRequest, MeResponse } from '@praxis/contracts';
import { isApiError } from '../../api/ApiError';
import { apiFetch } from '../../api/apiFetch';
import { forgetOfflineCopies } from '../../offline/serviceWorker';

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

// Signing in or out forgets the offline copies of whoever used this browser before.
export async function login(credentials: LoginRequest): Promise<MeResponse> {
  const me = await apiFetch<MeResponse>('/auth/login', { method: 'POST', body: credentials });
  await forgetOfflineCopies();
  return me;
}

export async function logout(): Promise<undefined> {
  try {
    return await apiFetch<undefined>('/auth/logout', { method: 'POST' });
  } finally {
    await forgetOfflineCopies();
  }
}
