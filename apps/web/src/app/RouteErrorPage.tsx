import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { ErrorAlert } from '../ui/ErrorAlert';

/** Last resort when a page throws while rendering: no header, since the layout itself may be broken. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <main className="app-main stack">
      <h1>{t('errors.title')}</h1>
      <ErrorAlert
        error={error}
        onRetry={() => {
          window.location.reload();
        }}
      />
      <p>
        <a href="/">{t('notFound.home')}</a>
      </p>
    </main>
  );
}
