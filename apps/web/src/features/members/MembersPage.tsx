import type { Delegation, Member } from '@praxis/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCountryCollator } from '../../i18n/format';
import { Country } from '../../ui/Country';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { NoAccess } from '../../ui/NoAccess';
import { Notice } from '../../ui/Notice';
import { Spinner } from '../../ui/Spinner';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useMe } from '../auth/useMe';
import { useDelegations } from '../delegations/useDelegations';
import { useNetworkContext } from '../networks/networkContext';
import { MemberItem } from './MemberItem';
import { sortGroups } from './sortGroups';
import { useMembers } from './useMembers';

/** The id suffix of the group of members without a delegation. */
const NO_COUNTRY = 'none';

export function MembersPage() {
  const { t } = useTranslation();
  const { network, allows } = useNetworkContext();
  const mayView = allows('members.view');
  const canManage = allows('members.manage');
  const members = useMembers(network.id, { enabled: mayView });
  // Retired delegations too: a member may still belong to one.
  const delegations = useDelegations(network.id, { includeRetired: true });
  const me = useMe();
  const byCountry = useCountryCollator();
  const [notice, setNotice] = useState<string>();
  useDocumentTitle(`${t('members.title')} · ${network.name}`);

  const delegationsById = new Map<string, Delegation>(
    (delegations.data?.items ?? []).map((delegation) => [delegation.id, delegation]),
  );

  return (
    <section className="stack" aria-labelledby="members-title">
      <h1 id="members-title">{t('members.title')}</h1>
      {!mayView && <NoAccess />}
      {mayView && members.isPending && <Spinner />}
      {members.isError && (
        <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />
      )}
      {notice && <Notice>{notice}</Notice>}
      {members.isSuccess && members.data.total === 0 && (
        <EmptyState title={t('members.empty')}>
          {allows('invitations.manage') && (
            <p>
              {t('members.emptyConvener')}{' '}
              <Link to={`/networks/${network.id}/invitations`}>{t('network.invitePeople')}</Link>
            </p>
          )}
        </EmptyState>
      )}
      {members.isSuccess &&
        sortGroups(members.data.groups, byCountry)
          .filter((group) => group.members.length > 0)
          .map((group) => {
            const headingId = `members-group-${group.countryCode ?? NO_COUNTRY}`;
            return (
              <section key={headingId} className="stack member-group" aria-labelledby={headingId}>
                <h2 id={headingId} className="member-group__title">
                  {group.countryCode ? (
                    <Country code={group.countryCode} />
                  ) : (
                    t('members.noDelegation')
                  )}
                  <span className="member-group__count">
                    {' · '}
                    {t('members.count', { count: group.members.length })}
                  </span>
                </h2>
                <ul className="plain-list member-list">
                  {group.members.map((member: Member) => (
                    <MemberItem
                      // A changed member starts its controls afresh.
                      key={`${member.userId}:${member.role}:${member.delegationId ?? ''}`}
                      networkId={network.id}
                      member={member}
                      isMe={member.userId === me.data?.id}
                      delegationsById={delegationsById}
                      canManage={canManage}
                      onNotice={setNotice}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
    </section>
  );
}
