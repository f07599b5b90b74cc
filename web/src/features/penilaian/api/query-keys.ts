// Every query of the penilaian feature lives under ['penilaian', …]: saving, submitting or rating a record
// invalidates the whole prefix, so the period cards, the record and the penilai's lists are all fresh afterwards.
// Other screens of the feature add their own keys under the same prefix in their own files.
export const penilaianQueryKey = ['penilaian'] as const;

export const penilaianKeys = {
  saya: (skpPeriodeId: string | null) => [...penilaianQueryKey, 'saya', skpPeriodeId] as const,
  detail: (id: string) => [...penilaianQueryKey, 'detail', id] as const,
  bukti: (id: string) => [...penilaianQueryKey, 'bukti', id] as const,
};
