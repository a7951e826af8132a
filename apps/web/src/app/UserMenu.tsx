import type { MeResponse } from '@praxis/contracts';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import { useLogout } from '../features/auth/useLogout';
import { Button } from '../ui/Button';

export function UserMenu({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  return (
    <div className="user-menu">
      <span className="user-menu__name" title={t('app.signedInAs', { name: me.displayName })}>
        {me.displayName}
      </span>
      <nav className="user-menu__links" aria-label={t('app.accountMenu')}>
        <NavLink className="user-menu__link" to="/profile">
          {t('app.profile')}
        </NavLink>
        {me.isAdmin && (
          <NavLink className="user-menu__link" to="/admin/users">
            {t('app.adminUsers')}
          </NavLink>
        )}
      </nav>
      <Button
        variant="quiet"
        busy={logout.isPending}
        onClick={() => {
          logout.mutate(undefined, { onSuccess: () => void navigate('/login', { replace: true }) });
        }}
      >
        {logout.isPending ? t('app.signingOut') : t('app.signOut')}
      </Button>
    </div>
  );
}
