import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams } from 'react-router';
import { useSessionStrings } from '../../i18n/sessionStrings';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Spinner } from '../../ui/Spinner';
import { useNetwork } from '../networks/useNetwork';
import { sessionContext } from './sessionContext';
import { useSession } from './useSession';
import './sessions.css';

/** The frame of a session's pages: the way back to its network's sessions, then the page. */
export function SessionLayout() {
  useSessionStrings();
  const { t } = useTranslation();
  const { sessionId = '' } = useParams();
  const session = useSession(sessionId);
  const networkId = session.data?.networkId ?? '';
  const network = useNetwork(networkId, { enabled: networkId !== '' });
  const context = useMemo(
    () => (session.data && network.data ? sessionContext(session.data, network.data) : undefined),
    [session.data, network.data],
  );

  return (
    <div className="stack">
      {context ? (
        <Link className="back-link" to={`/networks/${context.network.id}/sessions`}>
          <span aria-hidden="true">← </span>
          {t('sessions.backToSessions', { network: context.network.name })}
        </Link>
      ) : (
        <Link className="back-link" to="/">
          <span aria-hidden="true">← </span>
          {t('networks.backToList')}
        </Link>
      )}
      {(session.isPending || (session.isSuccess && network.isPending)) && <Spinner />}
      {session.isError && (
        <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />
      )}
      {network.isError && (
        <ErrorAlert error={network.error} onRetry={() => void network.refetch()} />
      )}
      {context && (
        <Suspense fallback={<Spinner />}>
          <Outlet context={context} />
        </Suspense>
      )}
    </div>
  );
}
