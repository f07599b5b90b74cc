import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ResetPasswordResponse } from '../../../../../contracts/akun.ts';
import { api } from '../../../lib/api-client.ts';
import type { MutationConfig } from '../../../lib/react-query.ts';

/** Issues a temporary password (the pegawai must change it at the next login); shown once. */
export async function resetPasswordPegawai({ akunId }: { akunId: string }) {
  return api.post(`/akun/${encodeURIComponent(akunId)}/reset-password`, ResetPasswordResponse);
}

export function useResetPasswordPegawai(config: MutationConfig<typeof resetPasswordPegawai> = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: resetPasswordPegawai,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: ['akun'] });
      return onSuccess?.(...args);
    },
  });
}
