import type {
  AcceptInvitationRequest,
  AcceptInvitationResponse,
  CreateInvitationRequest,
  Invitation,
  InvitationList,
  InvitationPreview,
} from '@praxis/contracts';
import { apiFetch } from '../../api/apiFetch';
import { path } from '../../api/paths';

export const invitationsQueryKey = (networkId: string) =>
  ['networks', networkId, 'invitations'] as const;
export const invitationPreviewQueryKey = (token: string) => ['invitation', token] as const;

export function fetchInvitations(networkId: string, signal?: AbortSignal): Promise<InvitationList> {
  return apiFetch<InvitationList>(path`/networks/${networkId}/invitations`, { signal });
}

export function createInvitation(
  networkId: string,
  body: CreateInvitationRequest,
): Promise<Invitation> {
  return apiFetch<Invitation>(path`/networks/${networkId}/invitations`, { method: 'POST', body });
}

export function resendInvitation(networkId: string, invitationId: string): Promise<Invitation> {
  return apiFetch<Invitation>(path`/networks/${networkId}/invitations/${invitationId}/resend`, {
    method: 'POST',
  });
}

export function revokeInvitation(networkId: string, invitationId: string): Promise<Invitation> {
  return apiFetch<Invitation>(path`/networks/${networkId}/invitations/${invitationId}/revoke`, {
    method: 'POST',
  });
}

export function fetchInvitationPreview(
  token: string,
  signal?: AbortSignal,
): Promise<InvitationPreview> {
  return apiFetch<InvitationPreview>(path`/invitations/${token}`, { signal });
}

/** A new account sends its details; an existing account sends `{}`. */
export function acceptInvitation(
  token: string,
  body: AcceptInvitationRequest | Record<string, never>,
): Promise<AcceptInvitationResponse> {
  return apiFetch<AcceptInvitationResponse>(path`/invitations/${token}/accept`, {
    method: 'POST',
    body,
  });
}
