import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Spinner } from '../../ui/Spinner';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useNetwork } from './useNetwork';
import { VisibilityBadge } from './VisibilityBadge';

export function NetworkPage() {
  const { t } = useTranslation();
  const { networkId = '' } = useParams();
  const network = useNetwork(networkId);
  useDocumentTitle(network.data?.name);
  return (
    <article className="stack">
      <Link className="back-link" to="/">
        <span aria-hidden="true">← </span>
        {t('networks.backToList')}
      </Link>
      {network.isPending && <Spinner />}
      {network.isError && (
        <ErrorAlert error={network.error} onRetry={() => void network.refetch()} />
      )}
      {network.isSuccess && (
        <>
          <h1>{network.data.name}</h1>
          <VisibilityBadge visibility={network.data.visibility} />
          {network.data.description && <p className="lead">{network.data.description}</p>}
        </>
      )}
    </article>
  );
}
