import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryCollator } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { NoAccess } from '../../ui/NoAccess';
import { Notice } from '../../ui/Notice';
import { Spinner } from '../../ui/Spinner';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useNetworkContext } from '../networks/networkContext';
import { AddDelegationForm } from './AddDelegationForm';
import { DelegationItem } from './DelegationItem';
import { useDelegations } from './useDelegations';

export function DelegationsPage() {
  const { t } = useTranslation();
  const { network, allows } = useNetworkContext();
  const [showRetired, setShowRetired] = useState(false);
  const [notice, setNotice] = useState<string>();
  const delegations = useDelegations(network.id, { includeRetired: showRetired });
  const byCountry = useCountryCollator();
  useDocumentTitle(`${t('delegations.title')} · ${network.name}`);

  if (!allows('delegations.manage')) {
    return (
      <section className="stack">
        <h1>{t('delegations.title')}</h1>
        <NoAccess />
      </section>
    );
  }

  const items = [...(delegations.data?.items ?? [])].sort(
    (a, b) =>
      byCountry(a.countryCode, b.countryCode) || a.organization.localeCompare(b.organization),
  );

  return (
    <div className="stack">
      <h1>{t('delegations.title')}</h1>
      <p className="muted">{t('delegations.intro')}</p>
      <AddDelegationForm networkId={network.id} onAdded={setNotice} />
      <section className="stack section" aria-labelledby="delegations-list-title">
        <h2 id="delegations-list-title">{t('delegations.listTitle')}</h2>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={showRetired}
            onChange={(event) => {
              setShowRetired(event.target.checked);
            }}
          />
          {t('delegations.showRetired')}
        </label>
        {notice && <Notice>{notice}</Notice>}
        {delegations.isPending && <Spinner />}
        {delegations.isError && (
          <ErrorAlert error={delegations.error} onRetry={() => void delegations.refetch()} />
        )}
        {delegations.isSuccess && items.length === 0 && (
          <EmptyState title={t('delegations.empty')} />
        )}
        {items.length > 0 && (
          <ul className="plain-list item-list">
            {items.map((delegation) => (
              <DelegationItem
                key={`${delegation.id}:${delegation.organization}`}
                delegation={delegation}
                onNotice={setNotice}
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
