import { useQuery } from '@tanstack/react-query';
import { fetchSessionProceedings, sessionProceedingsQueryKey } from './proceedingsApi';

/** The published versions of a session's proceedings, newest first. */
export function useSessionProceedings(sessionId: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: sessionProceedingsQueryKey(sessionId),
    queryFn: ({ signal }) => fetchSessionProceedings(sessionId, signal),
    enabled,
  });
}
