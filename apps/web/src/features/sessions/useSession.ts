import { useQuery } from '@tanstack/react-query';
import { fetchSession, sessionQueryKey } from './sessionsApi';

export function useSession(sessionId: string) {
  return useQuery({
    queryKey: sessionQueryKey(sessionId),
    queryFn: ({ signal }) => fetchSession(sessionId, signal),
  });
}
