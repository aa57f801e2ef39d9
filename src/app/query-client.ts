import { QueryClient } from '@tanstack/react-query';

// Static data files never change while the page is open; refetching them would only cost time.
export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, gcTime: Infinity, retry: 1, refetchOnWindowFocus: false } },
});
