import { useQuery } from '@tanstack/react-query';
import { delegationsQueryKey, fetchDelegations } from './delegationsApi';

/** The network's delegations; retired ones too when asked (to name a member's former delegation). */
export function useDelegations(networkId: string, { includeRetired = false } = {}) {
  return useQuery({
    queryKey: [...delegationsQueryKey(networkId), { includeRetired }],
    queryFn: ({ signal }) => fetchDelegations(networkId, includeRetired, signal),
  });
}
