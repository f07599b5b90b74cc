import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ChangePasswordBody } from '../../../../../contracts/auth.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { meQueryKey } from './get-me.ts';

export { ChangePasswordBody };

export async function changePassword(body: ChangePasswordBody): Promise<void> {
  await api.send('POST', '/auth/password', body);
}

export function useChangePassword(config: MutationConfig<typeof changePassword> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: changePassword,
    onSuccess: async (...args) => {
      // harusGantiPassword (and possibly the CSRF token) change with the password.
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      return onSuccess?.(...args);
    },
  });
}
