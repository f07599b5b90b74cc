import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { Me } from '../../../../../contracts/auth.ts';
import { api, isApiError, setCsrfToken } from '../../../lib/api-client.ts';

export const meQueryKey = ['auth', 'me'] as const;

/** The signed-in account, or null when there is no session (401 AUTH.TIDAK_MASUK). */
export async function getMe(): Promise<Me | null> {
  try {
    const me = await api.get('/auth/me', Me);
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({ queryKey: meQueryKey, queryFn: getMe, staleTime: 5 * 60_000 });

export function useMe() {
  return useQuery(meQueryOptions());
}

/**
 * Switches the cached session: the new account (or null after logout / an expired session) goes in first, so
 * guards redirect at once, then every other cached answer is dropped — nothing of the previous user may show.
 */
export function setSession(queryClient: QueryClient, me: Me | null): void {
  setCsrfToken(me?.csrfToken ?? null);
  queryClient.setQueryData(meQueryKey, me);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] && query.queryKey[0] !== 'info' });
}
