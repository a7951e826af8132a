import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { archiveQueryKey, fetchArchive, type ArchiveFilters } from './archiveApi';

/** One page of archive results; the previous page stays on screen while the next one loads. */
export function useArchive(filters: ArchiveFilters) {
  return useQuery({
    queryKey: archiveQueryKey(filters),
    queryFn: ({ signal }) => fetchArchive(filters, signal),
    placeholderData: keepPreviousData,
  });
}
