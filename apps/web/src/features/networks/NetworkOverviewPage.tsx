import type { Delegation } from '@praxis/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCountryCollator } from '../../i18n/format';
import { Country } from '../../ui/Country';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Spinner } from '../../ui/Spinner';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useDelegations } from '../delegations/useDelegations';
import { sortGroups } from '../members/sortGroups';
import { useMembers } from '../members/useMembers';
import { useNetworkContext } from './networkContext';

export function NetworkOverviewPage() {
  const { network, allows } = useNetworkContext();
  useDocumentTitle(network.name);
  return (
    <>
      {network.description && <p className="lead">{network.description}</p>}
      <DelegationsSection networkId={network.id} canManage={allows('delegations.manage')} />
      {allows('members.view') && (
        <MembersByCountry networkId={network.id} canInvite={allows('invitations.manage')} />
      )}
    </>
  );
}

function DelegationsSection({ networkId, canManage }: { networkId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const delegations = useDelegations(networkId);
  const byCountry = useCountryCollator();
  const sorted = (items: readonly Delegation[]) =>
    [...items].sort(
      (a, b) =>
        byCountry(a.countryCode, b.countryCode) || a.organization.localeCompare(b.organization),
    );
  return (
    <section className="stack section" aria-labelledby="overview-delegations">
      <h2 id="overview-delegations">{t('network.delegationsTitle')}</h2>
      {delegations.isPending && <Spinner />}
      {delegations.isError && (
        <ErrorAlert error={delegations.error} onRetry={() => void delegations.refetch()} />
      )}
      {delegations.isSuccess && delegations.data.items.length === 0 && (
        <EmptyState title={t('network.noDelegations')}>
          {canManage && (
            <>
              <p>{t('network.noDelegationsConvener')}</p>
              <p>
                <Link to={`/networks/${networkId}/delegations`}>{t('network.addDelegations')}</Link>
              </p>
            </>
          )}
        </EmptyState>
      )}
      {delegations.isSuccess && delegations.data.items.length > 0 && (
        <ul className="plain-list delegation-list">
          {sorted(delegations.data.items).map((delegation) => (
            <li key={delegation.id} className="delegation-list__item">
              <Country code={delegation.countryCode} />
              <span className="muted">{delegation.organization}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MembersByCountry({ networkId, canInvite }: { networkId: string; canInvite: boolean }) {
  const { t } = useTranslation();
  const members = useMembers(networkId);
  const byCountry = useCountryCollator();
  return (
    <section className="stack section" aria-labelledby="overview-members">
      <h2 id="overview-members">{t('network.membersByCountry')}</h2>
      {members.isPending && <Spinner />}
      {members.isError && (
        <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />
      )}
      {members.isSuccess && members.data.total === 0 && (
        <EmptyState title={t('network.noMembers')}>
          {canInvite && (
            <p>
              <Link to={`/networks/${networkId}/invitations`}>{t('network.invitePeople')}</Link>
            </p>
          )}
        </EmptyState>
      )}
      {members.isSuccess && members.data.total > 0 && (
        <>
          <ul className="plain-list count-list">
            {sortGroups(members.data.groups, byCountry).map((group) => (
              <li key={group.countryCode ?? 'none'} className="count-list__item">
                {group.countryCode ? (
                  <Country code={group.countryCode} />
                ) : (
                  <span>{t('members.noDelegation')}</span>
                )}
                <span className="count-list__count">
                  {t('members.count', { count: group.members.length })}
                </span>
              </li>
            ))}
          </ul>
          <p>
            <Link to={`/networks/${networkId}/members`}>
              {t('network.allMembers')} ({t('members.count', { count: members.data.total })})
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
