import type { Invitation } from '@praxis/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NoAccess } from '../../ui/NoAccess';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useDelegations } from '../delegations/useDelegations';
import { useNetworkContext } from '../networks/networkContext';
import { InvitationList } from './InvitationList';
import { InviteForm } from './InviteForm';
import { IssuedInvitation } from './IssuedInvitation';

export function InvitationsPage() {
  const { t } = useTranslation();
  const { network, allows } = useNetworkContext();
  const delegations = useDelegations(network.id);
  /** The invitation just created (or resent from the form), with its link when the API gave one. */
  const [issued, setIssued] = useState<{ invitation: Invitation; resent: boolean }>();
  useDocumentTitle(`${t('invitations.title')} · ${network.name}`);

  if (!allows('invitations.manage')) {
    return (
      <section className="stack">
        <h1>{t('invitations.title')}</h1>
        <NoAccess />
      </section>
    );
  }

  return (
    <div className="stack">
      <h1>{t('invitations.title')}</h1>
      <section className="stack section" aria-labelledby="invite-title">
        <h2 id="invite-title">{t('invitations.inviteTitle')}</h2>
        <InviteForm
          networkId={network.id}
          delegations={delegations.data?.items ?? []}
          onIssued={(invitation, resent) => {
            setIssued({ invitation, resent });
          }}
        />
        {issued && (
          <IssuedInvitation
            key={`${issued.invitation.id}:${issued.invitation.lastSentAt ?? ''}:${issued.invitation.link ?? ''}`}
            invitation={issued.invitation}
            resent={issued.resent}
          />
        )}
      </section>
      <InvitationList networkId={network.id} delegations={delegations.data?.items ?? []} />
    </div>
  );
}
