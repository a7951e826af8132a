import { useTranslation } from 'react-i18next';
import { useOnline } from './useOnline';

/** Says, while the device is offline, that what shows is what this device kept. */
export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useOnline();
  if (online) return null;
  return (
    <p className="offline-banner" role="status">
      {t('app.offline')}
    </p>
  );
}
