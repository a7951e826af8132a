import { useQuery } from '@tanstack/react-query';
import { fetchProceedings, proceedingsQueryKey } from './proceedingsApi';

/** One version of a proceedings (the latest when `version` is undefined). */
export function useProceedings(proceedingsId: string, version: number | undefined) {
  return useQuery({
    queryKey: proceedingsQueryKey(proceedingsId, version),
    queryFn: ({ signal }) => fetchProceedings(proceedingsId, version, signal),
  });
}
