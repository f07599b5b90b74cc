// Query keys of the admin / pimpinan SKP screens. Periods and monitoring live under ['skp', …] so that a change of
// periods also refreshes what other SKP screens derived from them (open periods, queues); the unit lists share the
// keys of the unit-kerja screens (same request, same cache).
export const skpQueryKey = ['skp'] as const;

export const skpAdminKeys = {
  periode: [...skpQueryKey, 'periode'] as const,
  monitoring: (periodeId: string | undefined, unitId: string | undefined) => [...skpQueryKey, 'monitoring', periodeId ?? '', unitId ?? ''] as const,
  perjanjianKinerja: ['perjanjian-kinerja'] as const,
  perjanjianKinerjaSatu: (unitId: string, tahun: number) => ['perjanjian-kinerja', unitId, tahun] as const,
  unitPohon: ['unit-kerja', 'tree', { termasukDitutup: false }] as const,
  unitPilihan: ['unit-kerja', 'pilihan'] as const,
};
