import type {
  ChangePasswordRequest,
  MeResponse,
  RequestPasswordResetRequest,
  ResetPasswordRequest,
  UpdateProfileRequest,
} from '@praxis/contracts';
import { apiFetch } from '../../api/apiFetch';
import { path } from '../../api/paths';

export function updateProfile(body: UpdateProfileRequest): Promise<MeResponse> {
  return apiFetch<MeResponse>('/account', { method: 'PATCH', body });
}

/** Ends the account's other sessions. */
export function changePassword(body: ChangePasswordRequest): Promise<undefined> {
  return apiFetch<undefined>('/account/password', { method: 'POST', body });
}

/** Answers the same whether or not the address has an account. */
export function requestPasswordReset(body: RequestPasswordResetRequest): Promise<undefined> {
  return apiFetch<undefined>('/auth/password-reset', { method: 'POST', body });
}

export function resetPassword(token: string, body: ResetPasswordRequest): Promise<undefined> {
  return apiFetch<undefined>(path`/auth/password-reset/${token}`, { method: 'POST', body });
}
