import { ErrorCode } from '@praxis/contracts';
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/ApiError';
import { meQueryKey } from '../features/auth/authApi';

const MAX_RETRIES = 2;

function isWorthRetrying(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        // A session that expires mid-visit makes every guarded page fall back to the login form.
        if (isApiError(error, ErrorCode.unauthenticated))
          queryClient.setQueryData(meQueryKey, null);
      },
    }),
    defaultOptions: {
      queries: { retry: isWorthRetrying, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
