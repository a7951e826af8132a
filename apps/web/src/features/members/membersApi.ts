import type { Member, MemberList, UpdateMemberRequest } from '@praxis/contracts';
import { apiFetch } from '../../api/apiFetch';
import { path } from '../../api/paths';

export const membersQueryKey = (networkId: string) => ['networks', networkId, 'members'] as const;

export function fetchMembers(networkId: string, signal?: AbortSignal): Promise<MemberList> {
  return apiFetch<MemberList>(path`/networks/${networkId}/members`, { signal });
}

export function updateMember(
  networkId: string,
  userId: string,
  body: UpdateMemberRequest,
): Promise<Member> {
  return apiFetch<Member>(path`/networks/${networkId}/members/${userId}`, {
    method: 'PATCH',
    body,
  });
}

export function removeMember(networkId: string, userId: string): Promise<undefined> {
  return apiFetch<undefined>(path`/networks/${networkId}/members/${userId}`, { method: 'DELETE' });
}
