import { useQuery } from '@tanstack/react-query';
import { fetchNetworks, networksQueryKey } from './networksApi';

export function useNetworks() {
  return useQuery({
    queryKey: networksQueryKey,
    queryFn: ({ signal }) => fetchNetworks(signal),
  });
}
