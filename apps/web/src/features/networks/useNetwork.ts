import { useQuery } from '@tanstack/react-query';
import { fetchNetwork, networkQueryKey } from './networksApi';

export function useNetwork(networkId: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: networkQueryKey(networkId),
    queryFn: ({ signal }) => fetchNetwork(networkId, signal),
    enabled,
  });
}
