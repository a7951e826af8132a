import { useQuery } from '@tanstack/react-query';
import { fetchTopics, topicsQueryKey } from './sessionsApi';

/** The network's topics so far, most used first: filter chips and suggestions. */
export function useTopics(networkId: string) {
  return useQuery({
    queryKey: topicsQueryKey(networkId),
    queryFn: ({ signal }) => fetchTopics(networkId, signal),
    staleTime: 60_000,
  });
}
