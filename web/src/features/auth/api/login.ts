import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LoginBody, Me } from '../../../../../contracts/auth.ts';
import { api, setCsrfToken } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { meQueryKey } from './get-me.ts';

export { LoginBody };

export async function login(body: LoginBody): Promise<Me> {
  const me = await api.post('/auth/login', Me, body);
  setCsrfToken(me.csrfToken);
  return me;
}

export function useLogin(config: MutationConfig<typeof login> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: login,
    onSuccess: (me, ...args) => {
      // A new session: nothing cached for the previous user may leak into this one.
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, me);
      return onSuccess?.(me, ...args);
    },
  });
}
