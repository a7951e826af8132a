import { useTranslation } from 'react-i18next';

/** Shown instead of a page the viewer's role does not open (the API would refuse it anyway). */
export function NoAccess() {
  const { t } = useTranslation();
  return (
    <div className="alert" role="alert">
      <p>{t('common.noAccess')}</p>
    </div>
  );
}
