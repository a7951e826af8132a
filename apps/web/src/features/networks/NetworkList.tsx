import type { Network } from '@praxis/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { VisibilityBadge } from './VisibilityBadge';

export function NetworkList({
  networks,
  isAdmin = false,
}: {
  networks: readonly Network[];
  isAdmin?: boolean;
}) {
  const { t } = useTranslation();
  if (networks.length === 0) {
    return (
      <div className="empty-state">
        <p className="empty-state__title">{t('networks.empty')}</p>
        <p className="muted">{isAdmin ? t('networks.emptyAdmin') : t('networks.emptyHint')}</p>
      </div>
    );
  }
  return (
    <ul className="card-grid">
      {networks.map((network) => (
        <li key={network.id} className="card">
          <h2 className="card__title">
            <Link className="card__link" to={`/networks/${network.id}`}>
              {network.name}
            </Link>
          </h2>
          {network.description && <p className="card__body">{network.description}</p>}
          <VisibilityBadge visibility={network.visibility} />
        </li>
      ))}
    </ul>
  );
}
