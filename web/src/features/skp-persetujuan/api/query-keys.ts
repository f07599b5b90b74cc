// Every query of this feature lives under ['skp-persetujuan', …]: a decision invalidates the whole prefix, so the
// queue, the matriks and the SKP under review are all fresh when the penilai comes back to them.
export const skpPersetujuanQueryKey = ['skp-persetujuan'] as const;

export const skpPersetujuanKeys = {
  periode: () => [...skpPersetujuanQueryKey, 'periode'] as const,
  antrian: (periodeId: string | null) => [...skpPersetujuanQueryKey, 'antrian', periodeId] as const,
  skp: (id: string) => [...skpPersetujuanQueryKey, 'skp', id] as const,
  matriks: (skpId: string) => [...skpPersetujuanQueryKey, 'matriks', skpId] as const,
};
