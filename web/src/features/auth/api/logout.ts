import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { setSession } from './get-me.ts';

export async function logout(): Promise<void> {
  await api.send('POST', '/auth/logout');
}

export function useLogout(config: MutationConfig<typeof logout> = {}) {
  const queryClient = useQueryClient();
  const { onSettled, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: logout,
    // Even if the server call fails (session already gone), the browser forgets the user.
    onSettled: (...args) => {
      setSession(queryClient, null);
      return onSettled?.(...args);
    },
  });
}
