import type { Invitation as InvitationBody, InvitationState } from '@praxis/contracts';
import type { Invitation } from './entities/invitation.entity';

export function stateOf(invitation: Invitation, now = new Date()): InvitationState {
  if (invitation.revokedAt) return 'revoked';
  if (invitation.acceptedAt) return 'accepted';
  return invitation.expiresAt <= now ? 'expired' : 'pending';
}

export function invitationBody(invitation: Invitation, link?: string): InvitationBody {
  return {
    id: invitation.id,
    networkId: invitation.networkId,
    email: invitation.email,
    role: invitation.role,
    delegationId: invitation.delegationId,
    locale: invitation.locale,
    state: stateOf(invitation),
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
    acceptedAt: invitation.acceptedAt?.toISOString() ?? null,
    revokedAt: invitation.revokedAt?.toISOString() ?? null,
    lastSentAt: invitation.lastSentAt?.toISOString() ?? null,
    sendError: invitation.sendError,
    invitedBy: invitation.invitedBy?.displayName ?? '',
    ...(link ? { link } : {}),
  };
}
