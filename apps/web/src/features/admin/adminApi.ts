import type { AdminUser, UpdateUserRequest } from '@praxis/contracts';
import { apiFetch } from '../../api/apiFetch';
import { path } from '../../api/paths';

export interface AdminUserPage {
  items: AdminUser[];
  total: number;
  page: number;
  pageSize: number;
}

export const adminUsersQueryKey = (q: string, page: number) => ['admin', 'users', q, page] as const;

export function fetchAdminUsers(q: string, page: number, signal?: AbortSignal) {
  const query = new URLSearchParams({ page: String(page) });
  if (q) query.set('q', q);
  return apiFetch<AdminUserPage>(`/admin/users?${query.toString()}`, { signal });
}

export function updateUser(userId: string, body: UpdateUserRequest): Promise<AdminUser> {
  return apiFetch<AdminUser>(path`/admin/users/${userId}`, { method: 'PATCH', body });
}
