// Every query of this feature lives under ['aktivitas', …]: one invalidation after a change (or an SSE event)
// refreshes the day, the month, the queue and the frequent list at once.
export const aktivitasQueryKey = ['aktivitas'] as const;
