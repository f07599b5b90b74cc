// Every query of this feature lives under ['kalibrasi', …]: setting a predikat organisasi or finalising a unit
// invalidates the whole prefix, so the list, its city-wide sebaran and the open board are fresh together.
export const kalibrasiQueryKey = ['kalibrasi'] as const;

export const kalibrasiKeys = {
  periode: () => [...kalibrasiQueryKey, 'periode'] as const,
  daftar: (periodeId: string) => [...kalibrasiQueryKey, 'daftar', periodeId] as const,
  papan: (periodeId: string, unitId: string) => [...kalibrasiQueryKey, 'papan', periodeId, unitId] as const,
};
