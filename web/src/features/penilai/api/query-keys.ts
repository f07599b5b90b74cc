// Every query of this feature lives under ['penilai', …]: one invalidation after a change refreshes the lists and
// every "penilai on a date" card at once (the chain changes immediately).
export const penilaiQueryKey = ['penilai'] as const;
