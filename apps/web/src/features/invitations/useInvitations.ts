import { useQuery } from '@tanstack/react-query';
import { fetchInvitations, invitationsQueryKey } from './invitationsApi';

export function useInvitations(networkId: string) {
  return useQuery({
    queryKey: invitationsQueryKey(networkId),
    queryFn: ({ signal }) => fetchInvitations(networkId, signal),
  });
}
