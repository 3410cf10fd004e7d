// react-query's default retries every failed query three times with backoff:
// a refused login check or a 404 would then take seconds to show. Retry only
// what may pass on a second try: the hub's 5xx answers and network failures.
import { QueryClient } from '@tanstack/react-query';

const worthRetrying = (error: unknown) => {
  const status = (error as { status?: number } | null)?.status;
  return (status !== undefined && status >= 500) || error instanceof TypeError;
};

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: (failures, error) => failures < 2 && worthRetrying(error), staleTime: 5_000 },
  },
});
