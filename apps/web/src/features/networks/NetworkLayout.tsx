import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, Outlet, useLocation, useMatch, useParams } from 'react-router';
import { ApiError } from '../../api/ApiError';
import type { ReturnToState } from '../auth/returnTo';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Spinner } from '../../ui/Spinner';
import { networkContext, type NetworkContext } from './networkContext';
import { useNetwork } from './useNetwork';
import { VisibilityBadge } from './VisibilityBadge';

/** The frame of every page of one network: its name, the sections the viewer may open, the page. */
export function NetworkLayout() {
  const { t } = useTranslation();
  const { networkId = '' } = useParams();
  const network = useNetwork(networkId);
  const location = useLocation();
  const onOverview = useMatch({ path: '/networks/:networkId', end: true }) !== null;
  const context = useMemo(
    () => (network.data ? networkContext(network.data) : undefined),
    [network.data],
  );

  // A members-only network asks a signed-out visitor to sign in, then comes back here.
  if (network.error instanceof ApiError && network.error.status === 401) {
    const state: ReturnToState = { from: location };
    return <Navigate to="/login" replace state={state} />;
  }

  return (
    <div className="stack">
      <Link className="back-link" to="/">
        <span aria-hidden="true">← </span>
        {t('networks.backToList')}
      </Link>
      {network.isPending && <Spinner />}
      {network.isError && (
        <ErrorAlert error={network.error} onRetry={() => void network.refetch()} />
      )}
      {context && (
        <>
          <div className="network-header">
            {onOverview ? (
              <h1>{context.network.name}</h1>
            ) : (
              <p className="network-header__name">
                <Link to={`/networks/${context.network.id}`}>{context.network.name}</Link>
              </p>
            )}
            <VisibilityBadge visibility={context.network.visibility} />
          </div>
          <NetworkNav context={context} />
          <Suspense fallback={<Spinner />}>
            <Outlet context={context} />
          </Suspense>
        </>
      )}
    </div>
  );
}

function NetworkNav({ context }: { context: NetworkContext }) {
  const { t } = useTranslation();
  const base = `/networks/${context.network.id}`;
  const sections = [
    { to: base, label: t('network.overview'), end: true, shown: true },
    {
      to: `${base}/sessions`,
      label: t('network.sessions'),
      shown: context.allows('sessions.view'),
    },
    { to: `${base}/members`, label: t('network.members'), shown: context.allows('members.view') },
    {
      to: `${base}/delegations`,
      label: t('network.delegations'),
      shown: context.allows('delegations.manage'),
    },
    {
      to: `${base}/invitations`,
      label: t('network.invitations'),
      shown: context.allows('invitations.manage'),
    },
    {
      to: `${base}/settings`,
      label: t('network.settings'),
      shown: context.allows('network.manage'),
    },
  ].filter((section) => section.shown);
  if (sections.length < 2) return null;
  return (
    <nav className="subnav" aria-label={t('network.sections', { name: context.network.name })}>
      <ul className="subnav__list">
        {sections.map((section) => (
          <li key={section.to}>
            <NavLink className="subnav__link" to={section.to} end={section.end}>
              {section.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
