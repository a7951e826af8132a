import type { ArchiveResult } from '@praxis/contracts';
import { apiFetch } from '../../api/apiFetch';

/** The archive's filters as they stand in the page address (absent ones are undefined). */
export interface ArchiveFilters {
  q?: string;
  networkId?: string;
  year?: string;
  country?: string;
  topic?: string;
  page?: number;
}

export const ARCHIVE_FILTER_KEYS = ['networkId', 'year', 'country', 'topic'] as const;
export type ArchiveFacetKey = (typeof ARCHIVE_FILTER_KEYS)[number];

export const archiveQueryKey = (filters: ArchiveFilters) => ['archive', filters] as const;

/** Reads the filters from the page's search parameters; blank values count as absent. */
export function archiveFiltersFrom(params: URLSearchParams): ArchiveFilters {
  const text = (name: string) => {
    const value = params.get(name)?.trim();
    return value ? value : undefined;
  };
  const page = Math.floor(Number(params.get('page')));
  return {
    q: text('q'),
    networkId: text('networkId'),
    year: text('year'),
    country: text('country'),
    topic: text('topic'),
    page: Number.isFinite(page) && page > 1 ? page : undefined,
  };
}

/** The search parameters for a set of filters, in a stable order, without empty ones. */
export function archiveSearchParams(filters: ArchiveFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.q) search.set('q', filters.q);
  for (const key of ARCHIVE_FILTER_KEYS) {
    const value = filters[key];
    if (value) search.set(key, value);
  }
  if (filters.page && filters.page > 1) search.set('page', String(filters.page));
  return search;
}

export function fetchArchive(
  filters: ArchiveFilters,
  signal?: AbortSignal,
): Promise<ArchiveResult> {
  const search = archiveSearchParams(filters).toString();
  return apiFetch<ArchiveResult>(`/proceedings${search ? `?${search}` : ''}`, { signal });
}
