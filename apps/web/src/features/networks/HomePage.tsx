import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Spinner } from '../../ui/Spinner';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useIsAdmin } from '../admin/useIsAdmin';
import { NetworkList } from './NetworkList';
import { useNetworks } from './useNetworks';

export function HomePage() {
  const { t } = useTranslation();
  const networks = useNetworks();
  const isAdmin = useIsAdmin();
  useDocumentTitle(t('networks.title'));
  return (
    <section className="stack" aria-labelledby="home-title">
      <div className="page-heading">
        <h1 id="home-title">{t('networks.title')}</h1>
        {isAdmin && (
          <Link className={buttonClass()} to="/networks/new">
            {t('networks.newNetwork')}
          </Link>
        )}
      </div>
      {networks.isPending && <Spinner />}
      {networks.isError && (
        <ErrorAlert error={networks.error} onRetry={() => void networks.refetch()} />
      )}
      {networks.isSuccess && <NetworkList networks={networks.data.items} isAdmin={isAdmin} />}
    </section>
  );
}
