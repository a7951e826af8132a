import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { useMe } from '../features/auth/useMe';
import { useProfileLocale } from '../features/auth/useProfileLocale';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import { OfflineBanner } from '../offline/OfflineBanner';
import { Spinner } from '../ui/Spinner';
import { UserMenu } from './UserMenu';

export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  useProfileLocale(me.data);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link className="brand" to="/">
            {t('app.name')}
          </Link>
          <nav className="app-nav" aria-label={t('app.mainNavigation')}>
            {me.data && (
              <NavLink className="app-nav__link" to="/" end>
                {t('networks.title')}
              </NavLink>
            )}
            <NavLink className="app-nav__link" to="/archive">
              {t('app.archive')}
            </NavLink>
          </nav>
          <LanguageSwitcher />
          {me.data && <UserMenu me={me.data} />}
        </div>
      </header>
      <OfflineBanner />
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<Spinner />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
