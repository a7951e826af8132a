import type { NetworkVisibility } from '@praxis/contracts';
import { useTranslation } from 'react-i18next';

export function VisibilityBadge({ visibility }: { visibility: NetworkVisibility }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${visibility}`}>
      {visibility === 'public' ? t('networks.visibility_public') : t('networks.visibility_members')}
    </span>
  );
}
