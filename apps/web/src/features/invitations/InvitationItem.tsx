import type { Delegation, Invitation, InvitationState } from '@praxis/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryName, useDateTimeFormat } from '../../i18n/format';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { delegationLabel } from '../delegations/delegationLabel';
import { invitationsQueryKey, resendInvitation, revokeInvitation } from './invitationsApi';

const STATE_TONES: Record<InvitationState, BadgeTone> = {
  pending: 'warning',
  accepted: 'success',
  expired: 'muted',
  revoked: 'danger',
};

export function InvitationItem({
  invitation,
  delegation,
  onNotice,
  onResent,
}: {
  invitation: Invitation;
  delegation: Delegation | undefined;
  onNotice: (message: string) => void;
  onResent: (invitation: Invitation) => void;
}) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const countryName = useCountryName();
  const queryClient = useQueryClient();
  const emailId = useId();
  const [confirmingRevoke, setConfirmingRevoke] = useState(false);
  const { networkId, email, state } = invitation;

  const refresh = () => queryClient.invalidateQueries({ queryKey: invitationsQueryKey(networkId) });
  const resend = useMutation({
    mutationFn: () => resendInvitation(networkId, invitation.id),
    onSuccess: async (resent) => {
      onResent(resent);
      await refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: () => revokeInvitation(networkId, invitation.id),
    onSuccess: async () => {
      setConfirmingRevoke(false);
      onNotice(t('invitations.revoked', { email }));
      await refresh();
    },
  });

  const stateLine = {
    pending: t('invitations.expiresAt', { date: formatDateTime(invitation.expiresAt) }),
    expired: t('invitations.expiredAt', { date: formatDateTime(invitation.expiresAt) }),
    accepted: invitation.acceptedAt
      ? t('invitations.acceptedAt', { date: formatDateTime(invitation.acceptedAt) })
      : null,
    revoked: invitation.revokedAt
      ? t('invitations.revokedAt', { date: formatDateTime(invitation.revokedAt) })
      : null,
  }[state];
  const actionable = state === 'pending' || state === 'expired';

  return (
    <li className="item">
      <div className="item__info">
        <p className="item__title">
          <span id={emailId} className="item__name">
            {email}
          </span>{' '}
          <Badge tone={STATE_TONES[state]}>{t(`invitations.state_${state}`)}</Badge>{' '}
          {invitation.sendError && state === 'pending' && (
            <Badge tone="danger">{t('invitations.emailNotSent')}</Badge>
          )}
        </p>
        <p>
          {t(`roles.${invitation.role}`)}
          {delegation && ` · ${delegationLabel(delegation, countryName)}`}
        </p>
        <p className="muted">
          {t('invitations.invitedBy', {
            name: invitation.invitedBy,
            date: formatDateTime(invitation.createdAt),
          })}
        </p>
        {stateLine && <p className="muted">{stateLine}</p>}
      </div>
      {actionable && (
        <div className="button-row">
          <Button
            variant="secondary"
            aria-describedby={emailId}
            busy={resend.isPending}
            onClick={() => {
              resend.mutate();
            }}
          >
            {t('invitations.resend')}
          </Button>
          <Button
            variant="secondary"
            aria-describedby={emailId}
            onClick={() => {
              revoke.reset();
              setConfirmingRevoke(true);
            }}
          >
            {t('invitations.revoke')}
          </Button>
        </div>
      )}
      {resend.isError && <ErrorAlert error={resend.error} />}
      {confirmingRevoke && (
        <ConfirmDialog
          title={t('invitations.revokeTitle', { email })}
          confirmLabel={t('invitations.revokeConfirm')}
          busy={revoke.isPending}
          error={revoke.error}
          onConfirm={() => {
            revoke.mutate();
          }}
          onCancel={() => {
            setConfirmingRevoke(false);
          }}
        >
          <p>{t('invitations.revokeBody')}</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
