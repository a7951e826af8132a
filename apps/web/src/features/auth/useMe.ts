import { useQuery } from '@tanstack/react-query';
import { fetchMe, meQueryKey } from './authApi';

export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 5 * 60_000,
  });
}
