import { useQuery } from '@tanstack/react-query';
import { fetchMembers, membersQueryKey } from './membersApi';

export function useMembers(networkId: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: membersQueryKey(networkId),
    queryFn: ({ signal }) => fetchMembers(networkId, signal),
    enabled,
  });
}
