import { useMe } from '../auth/useMe';

export function useIsAdmin(): boolean {
  return useMe().data?.isAdmin === true;
}
