import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { ResetPasswordResponse } from '../../../../../contracts/akun.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';
import { akunListQueryKey } from './get-akun-list.ts';

export async function resetPassword({ akunId }: { akunId: string }): Promise<z.infer<typeof ResetPasswordResponse>> {
  return api.post(`/akun/${encodeURIComponent(akunId)}/reset-password`, ResetPasswordResponse);
}

export function useResetPassword(config: MutationConfig<typeof resetPassword> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: resetPassword,
    onSuccess: async (...args) => {
      // The account now shows "must change password" (and is unlocked).
      await queryClient.invalidateQueries({ queryKey: akunListQueryKey });
      return onSuccess?.(...args);
    },
  });
}
