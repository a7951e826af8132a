import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Spinner } from '../../ui/Spinner';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { NetworkList } from './NetworkList';
import { useNetworks } from './useNetworks';

export function HomePage() {
  const { t } = useTranslation();
  const networks = useNetworks();
  useDocumentTitle(t('networks.title'));
  return (
    <section className="stack" aria-labelledby="home-title">
      <h1 id="home-title">{t('networks.title')}</h1>
      {networks.isPending && <Spinner />}
      {networks.isError && (
        <ErrorAlert error={networks.error} onRetry={() => void networks.refetch()} />
      )}
      {networks.isSuccess && <NetworkList networks={networks.data.items} />}
    </section>
  );
}
