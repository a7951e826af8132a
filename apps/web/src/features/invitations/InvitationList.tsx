import {
  INVITATION_STATES,
  type Delegation,
  type Invitation,
  type InvitationState,
} from '@praxis/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SelectField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { Spinner } from '../../ui/Spinner';
import { InvitationItem } from './InvitationItem';
import { IssuedInvitation } from './IssuedInvitation';
import { useInvitations } from './useInvitations';

type Filter = InvitationState | 'all';

export function InvitationList({
  networkId,
  delegations,
}: {
  networkId: string;
  delegations: readonly Delegation[];
}) {
  const { t } = useTranslation();
  const invitations = useInvitations(networkId);
  const [filter, setFilter] = useState<Filter>('all');
  const [notice, setNotice] = useState<string>();
  const [resent, setResent] = useState<Invitation>();
  const items = [...(invitations.data?.items ?? [])].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
  const countOf = (state: Filter) =>
    state === 'all' ? items.length : items.filter((item) => item.state === state).length;
  const shown = filter === 'all' ? items : items.filter((item) => item.state === filter);
  const delegationsById = new Map(delegations.map((delegation) => [delegation.id, delegation]));

  return (
    <section className="stack section" aria-labelledby="invitations-list-title">
      <h2 id="invitations-list-title">{t('invitations.listTitle')}</h2>
      {invitations.isPending && <Spinner />}
      {invitations.isError && (
        <ErrorAlert error={invitations.error} onRetry={() => void invitations.refetch()} />
      )}
      {invitations.isSuccess && items.length === 0 && <EmptyState title={t('invitations.empty')} />}
      {items.length > 0 && (
        <>
          <SelectField
            className="field--inline"
            label={t('invitations.filter')}
            value={filter}
            onChange={(event) => {
              setFilter(event.target.value as Filter);
            }}
          >
            <option value="all">
              {t('invitations.filterAll')} ({countOf('all')})
            </option>
            {INVITATION_STATES.map((state) => (
              <option key={state} value={state}>
                {t(`invitations.state_${state}`)} ({countOf(state)})
              </option>
            ))}
          </SelectField>
          {notice && <Notice>{notice}</Notice>}
          {resent && (
            <IssuedInvitation
              key={`${resent.id}:${resent.lastSentAt ?? ''}:${resent.link ?? ''}`}
              invitation={resent}
              resent
            />
          )}
          {shown.length === 0 ? (
            <EmptyState title={t('invitations.emptyFiltered')} />
          ) : (
            <ul className="plain-list item-list">
              {shown.map((invitation) => (
                <InvitationItem
                  key={invitation.id}
                  invitation={invitation}
                  delegation={
                    invitation.delegationId
                      ? delegationsById.get(invitation.delegationId)
                      : undefined
                  }
                  onNotice={(message) => {
                    setResent(undefined);
                    setNotice(message);
                  }}
                  onResent={(invitation) => {
                    setNotice(undefined);
                    setResent(invitation);
                  }}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
