import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { adminUsersQueryKey, fetchAdminUsers } from './adminApi';

export function useAdminUsers(q: string, page: number, { enabled = true } = {}) {
  return useQuery({
    queryKey: adminUsersQueryKey(q, page),
    queryFn: ({ signal }) => fetchAdminUsers(q, page, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
