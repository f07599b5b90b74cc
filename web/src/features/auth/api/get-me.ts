import { queryOptions, useQuery } from '@tanstack/react-query';
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
