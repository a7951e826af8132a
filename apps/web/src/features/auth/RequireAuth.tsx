import { Navigate, Outlet, useLocation, useOutletContext } from 'react-router';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Spinner } from '../../ui/Spinner';
import type { ReturnToState } from './returnTo';
import { useMe } from './useMe';

/** Lets signed-in people through to the nested routes (passing on the parent's outlet context). */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  const parentContext = useOutletContext();
  if (me.isPending) return <Spinner />;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const state: ReturnToState = { from: location };
    return <Navigate to="/login" replace state={state} />;
  }
  return <Outlet context={parentContext} />;
}
