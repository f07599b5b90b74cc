// Every query of this feature lives under ['skp', …]. The detail of one SKP is also written directly from the
// answers of PUT and POST …/aksi (they return the whole SKP), so the editor shows the saved state at once.
export const skpQueryKey = ['skp'] as const;
export const skpSayaQueryKey = [...skpQueryKey, 'saya'] as const;
export const skpDetailQueryKey = (id: string) => [...skpQueryKey, 'detail', id] as const;
export const rhkAtasanQueryKey = (id: string) => [...skpQueryKey, 'rhk-atasan', id] as const;
