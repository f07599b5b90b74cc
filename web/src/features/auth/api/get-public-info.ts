import { queryOptions, useQuery } from '@tanstack/react-query';
import { PublicInfo } from '../../../../../contracts/auth.ts';
import { api } from '../../../lib/api-client.ts';

export async function getPublicInfo(): Promise<PublicInfo> {
  return api.get('/info', PublicInfo);
}

export const publicInfoQueryOptions = () =>
  queryOptions({ queryKey: ['info'], queryFn: getPublicInfo, staleTime: Infinity });

export function usePublicInfo() {
  return useQuery(publicInfoQueryOptions());
}
