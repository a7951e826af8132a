import type { MeResponse } from '@praxis/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
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
