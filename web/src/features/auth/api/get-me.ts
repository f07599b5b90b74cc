import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { Me } from '../../../../../contracts/auth.ts';
import { api, isApiError, setCsrfToken } from '../../../lib/api-client.ts';

export const meQueryKey = ['auth', 'me'] as const;

// The session cookie is httpOnly, so the page cannot see whether one exists. This flag remembers that this browser
// logged in, so that a first visit does not ask `/auth/me` only to be told 401 (which browsers log as an error).
// It is a hint, never a credential: the server decides on every request.
const SESSION_HINT = 'kinerja.sesi';

function hasSessionHint(): boolean {
  try {
    return window.localStorage.getItem(SESSION_HINT) === '1';
  } catch {
    return true; // storage unavailable: ask the server
  }
}

function setSessionHint(on: boolean): void {
  try {
    if (on) window.localStorage.setItem(SESSION_HINT, '1');
    else window.localStorage.removeItem(SESSION_HINT);
  } catch {
    // storage unavailable: nothing to remember
  }
}

/** The signed-in account, or null when there is no session (401 AUTH.TIDAK_MASUK). */
export async function getMe(): Promise<Me | null> {
  if (!hasSessionHint()) return null;
  try {
    const me = await api.get('/auth/me', Me);
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      setSessionHint(false);
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
 * The server said the session is gone (401 on some request): forget the account so the guard sends the user to
 * /masuk. Other cached answers stay until the next login replaces them (see setSession); removing them here would
 * make still-mounted screens ask again and be told 401 a second time.
 */
export function markSignedOut(queryClient: QueryClient): void {
  setCsrfToken(null);
  setSessionHint(false);
  queryClient.setQueryData(meQueryKey, null);
}

/**
 * Switches the cached session: the new account (or null after logout / an expired session) goes in first, so
 * guards redirect at once, then every other cached answer is dropped — nothing of the previous user may show.
 */
export function setSession(queryClient: QueryClient, me: Me | null): void {
  setCsrfToken(me?.csrfToken ?? null);
  setSessionHint(me !== null);
  queryClient.setQueryData(meQueryKey, me);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] && query.queryKey[0] !== 'info' });
}
