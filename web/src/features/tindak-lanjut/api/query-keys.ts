// Every query of the tindak-lanjut feature lives under ['tindak-lanjut', …]: recording or changing a record
// invalidates the whole prefix, so the candidates and the period's records are fresh afterwards.
export const tindakLanjutQueryKey = ['tindak-lanjut'] as const;

export const tindakLanjutKeys = {
  periode: () => [...tindakLanjutQueryKey, 'periode'] as const,
  kandidat: (periodeId: string) => [...tindakLanjutQueryKey, 'kandidat', periodeId] as const,
};
