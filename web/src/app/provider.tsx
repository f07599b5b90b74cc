import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { markSignedOut, meQueryKey } from '../features/auth/api/get-me.ts';
import { ApiError } from '../lib/api-client.ts';
import { queryConfig } from '../lib/react-query.ts';
import { theme } from './theme.ts';

/**
 * Session-wide reactions to API answers, in one place:
 * - 401 AUTH.TIDAK_MASUK on any request → the session is gone: forget the user; the guard sends them to /masuk.
 * - 403 AUTH.HARUS_GANTI_PASSWORD → reload `me`; the guard sends them to the change-password screen.
 * - 403 AUTH.CSRF → reload `me` to pick up a fresh CSRF token.
 */
function createQueryClient(): QueryClient {
  const onError = (error: Error) => {
    if (!(error instanceof ApiError)) return;
    if (error.code === 'AUTH.TIDAK_MASUK') markSignedOut(client);
    else if (error.code === 'AUTH.HARUS_GANTI_PASSWORD' || error.code === 'AUTH.CSRF') {
      void client.invalidateQueries({ queryKey: meQueryKey });
    }
  };
  const client: QueryClient = new QueryClient({
    defaultOptions: queryConfig,
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
  });
  return client;
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="bottom-center" zIndex={1000} />
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
