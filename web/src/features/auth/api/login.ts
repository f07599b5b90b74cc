import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LoginBody, Me } from '../../../../../contracts/auth.ts';
import { api, setCsrfToken } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { setSession } from './get-me.ts';

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
      setSession(queryClient, me);
      return onSuccess?.(me, ...args);
    },
  });
}
