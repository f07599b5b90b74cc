// Query defaults shared by every feature. 4xx answers are final (retrying a 403 or 404 only delays the
// message); network and 5xx failures get one more try.
import type { DefaultOptions, UseMutationOptions } from '@tanstack/react-query';
import { ApiError } from './api-client.ts';

export const queryConfig = {
  queries: {
    // try even when the browser says offline: the service worker answers a few reads from its cache (PWA)
    networkMode: 'offlineFirst',
    refetchOnWindowFocus: false,
    staleTime: 60_000,
    retry: (failureCount, error) => {
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
      return failureCount < 1;
    },
  },
  mutations: { retry: false },
} satisfies DefaultOptions;

export type MutationConfig<Fn extends (...args: never[]) => Promise<unknown>> = Omit<
  UseMutationOptions<Awaited<ReturnType<Fn>>, Error, Parameters<Fn>[0]>,
  'mutationFn'
>;
