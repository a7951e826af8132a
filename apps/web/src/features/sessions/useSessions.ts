import { useQuery } from '@tanstack/react-query';
import { fetchSessions, sessionsQueryKey, type SessionsQuery } from './sessionsApi';

/** One page of the network's upcoming or past sessions, optionally on one topic. */
export function useSessions(networkId: string, query: SessionsQuery) {
  return useQuery({
    queryKey: sessionsQueryKey(networkId, query),
    queryFn: ({ signal }) => fetchSessions(networkId, query, signal),
  });
}
